package dev.garbo.maven;

import dev.garbo.Checker;
import dev.garbo.Garbo;
import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.Severity;
import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.DefinitionException;
import dev.garbo.source.MarkdownMode;
import dev.garbo.source.SourceOptions;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the customer-facing words kept in the project (message bundles, chatbot responses, reply
 * and e-mail templates) and fails the build when garbo finds phrasing to coach at or above {@code
 * failOnSeverity}. Writes {@code garbo.sarif}, {@code garbo.json} and {@code garbo.html} to {@code
 * outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  /** Skips the check. */
  @Parameter(property = "garbo.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The build fails when a finding is at this severity or above: {@code error}, {@code warning},
   * {@code suggestion}, or {@code none} to report without failing.
   */
  @Parameter(property = "garbo.failOnSeverity", defaultValue = "warning")
  private String failOnSeverity;

  /**
   * The {@code .garbo.yaml} to use. By default garbo looks for {@code .garbo.yaml} in the project
   * directory, then in its parents up to the repository root, like {@code garbo check} does.
   */
  @Parameter(property = "garbo.configFile")
  private File configFile;

  /**
   * The language of replies whose file does not say ({@code messages_it.properties} and {@code
   * welcome.en.html} do): {@code en}, {@code it}, or {@code auto} to detect it per reply. Default:
   * the configuration's, else {@code auto}.
   */
  @Parameter(property = "garbo.language")
  private String language;

  /** Italian register for suggestions when a reply shows none: {@code lei}, {@code tu} or {@code voi}. */
  @Parameter(property = "garbo.register")
  private String register;

  /** Also check grammar and spelling (LanguageTool). Default: the configuration's, else off. */
  @Parameter(property = "garbo.grammar")
  private Boolean grammar;

  /**
   * Rules turned off or on or given a severity, by rule id, over what {@code .garbo.yaml} says:
   * {@code <rules><no-problem>off</no-problem><flat-refusal>error</flat-refusal></rules>}.
   */
  @Parameter
  private Map<String, String> rules;

  /**
   * Files to read, as Ant-style patterns relative to the project directory. Default: {@code
   * src/main/resources/**}{@code /*.properties}, {@code **}{@code /domain.yml}, {@code
   * src/main/resources/**}{@code /templates/**}, and Mustache, Handlebars and FreeMarker templates
   * under {@code src/main/resources}.
   */
  @Parameter
  private List<String> includes;

  /** Files not to read, on top of the default excludes (build output, hidden folders, settings files). */
  @Parameter
  private List<String> excludes;

  /** Whether the default excludes apply. */
  @Parameter(defaultValue = "true")
  private boolean useDefaultExcludes;

  /**
   * Which YAML and JSON string values are replies, as path expressions ({@code *} any key, {@code
   * [*]} any element, {@code **} any depth). Default: Rasa responses ({@code responses.*[*].text}
   * and button titles), {@code messages[*].text}, {@code messages[*].content} and {@code *.text}.
   */
  @Parameter
  private List<String> replyPaths;

  /** How Markdown files are read: {@code file} (one reply) or {@code paragraph} (one per paragraph). */
  @Parameter(defaultValue = "file")
  private String markdown;

  /** Where the reports go. */
  @Parameter(property = "garbo.outputDirectory", defaultValue = "${project.build.directory}/garbo")
  private File outputDirectory;

  /** Larger files are reported as unreadable rather than checked (bytes). */
  @Parameter(defaultValue = "2097152")
  private long maxFileSize;

  /** Files checked at once; 0 means one per processor. */
  @Parameter(property = "garbo.threads", defaultValue = "0")
  private int threads;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("garbo: skipped (garbo.skip)");
      return;
    }
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    Path basedir = project.getBasedir().toPath().toAbsolutePath();
    Severity threshold = threshold();
    SourceOptions options = sourceOptions();
    List<Path> files;
    try {
      files = new SourceFiles(includes(), excludes(basedir)).select(basedir);
    } catch (IOException e) {
      throw new MojoExecutionException("garbo: cannot list the files of " + basedir + ": " + e.getMessage(), e);
    }
    ProjectReport report;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(getClass().getClassLoader()); // the NLP libraries load their models through it
    try {
      Checker checker = checker(basedir);
      getLog().debug(String.format(Locale.ROOT, "garbo: checker ready in %.2f s (%.2f s of processor time)",
          (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuStarted) / 1e9));
      report = new ProjectCheck(checker, options, maxFileSize, threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
          .run(basedir, files);
    } catch (InterruptedException e) {
      thread.interrupt();
      throw new MojoExecutionException("garbo: interrupted");
    } finally {
      thread.setContextClassLoader(previous);
    }
    log(report, System.nanoTime() - started);
    if (cpuStarted >= 0 && getLog().isDebugEnabled()) {
      getLog().debug(String.format(Locale.ROOT, "garbo: %.2f s of processor time (all threads of the Maven process)",
          (processCpuNanos() - cpuStarted) / 1e9));
    }
    writeReports(basedir, report);
    fail(report, threshold);
  }

  private void log(ProjectReport report, long nanos) {
    for (CheckedReply r : report.replies()) {
      for (CheckedReply.Located l : r.findings()) {
        String line = Console.line(r, l);
        switch (l.finding().severity()) {
          case ERROR -> getLog().error(line);
          case WARNING -> getLog().warn(line);
          case SUGGESTION -> getLog().info(line);
        }
      }
    }
    for (ReadProblem p : report.problems()) {
      getLog().error(Console.line(p));
    }
    getLog().info("garbo: " + Console.total(report) + String.format(Locale.ROOT, " (%.1f s)", nanos / 1e9));
  }

  private void writeReports(Path basedir, ProjectReport report) throws MojoExecutionException {
    Path dir = outputDirectory.toPath();
    try {
      Files.createDirectories(dir);
      try (Writer w = Files.newBufferedWriter(dir.resolve("garbo.sarif"), StandardCharsets.UTF_8)) {
        SarifReport.write(w, report, basedir.toUri(), version());
      }
      try (Writer w = Files.newBufferedWriter(dir.resolve("garbo.json"), StandardCharsets.UTF_8)) {
        JsonReport.write(w, report);
      }
      try (Writer w = Files.newBufferedWriter(dir.resolve("garbo.html"), StandardCharsets.UTF_8)) {
        HtmlReport.write(w, report, project.getName() != null ? project.getName() : project.getArtifactId());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("garbo: cannot write the reports to " + dir + ": " + e.getMessage(), e);
    }
    getLog().info("garbo: reports in " + shown(basedir, dir) + " (garbo.html, garbo.sarif, garbo.json)");
  }

  private void fail(ProjectReport report, Severity threshold) throws MojoFailureException {
    List<String> reasons = new ArrayList<>();
    int over = report.countAtLeast(threshold);
    if (over > 0) {
      reasons.add(Console.plural(over, "finding") + " at or above " + threshold.code() + " (failOnSeverity)");
    }
    if (!report.problems().isEmpty()) {
      reasons.add(Console.plural(report.problems().size(), "file", "files") + " that could not be read, first "
          + report.problems().get(0) + " (fix it, or leave it out with <excludes>)");
    }
    if (!reasons.isEmpty()) {
      throw new MojoFailureException("garbo found " + String.join(" and ", reasons) + "; see "
          + shown(project.getBasedir().toPath().toAbsolutePath(), outputDirectory.toPath().resolve("garbo.html")));
    }
  }

  private Checker checker(Path basedir) throws MojoExecutionException {
    GarboConfig config;
    try {
      config = config(basedir);
      return Garbo.builder().config(config).classLoader(getClass().getClassLoader()).build();
    } catch (DefinitionException e) {
      throw new MojoExecutionException("garbo configuration error: " + describe(basedir, e));
    }
  }

  private GarboConfig config(Path basedir) throws MojoExecutionException {
    Path file = null;
    if (configFile != null) {
      file = configFile.toPath();
      if (!Files.isRegularFile(file)) {
        throw new MojoExecutionException("garbo: the configuration file " + configFile + " (configFile) does not exist");
      }
    } else {
      file = ConfigLoader.find(basedir).orElse(null);
    }
    GarboConfig config = file == null ? GarboConfig.defaults() : ConfigLoader.load(file);
    if (file != null) {
      getLog().info("garbo: configuration from " + shown(basedir, file));
    }
    if (register != null && !register.isBlank()) {
      config = config.withRegister(Register.fromCode(register).orElseThrow(() ->
          new MojoExecutionException("garbo: <register> is '" + register + "'; expected lei, tu or voi")));
    }
    if (grammar != null) {
      config = config.withGrammar(grammar);
    }
    if (rules != null && !rules.isEmpty()) {
      config = PluginRules.apply(config, rules, getClass().getClassLoader());
    }
    return config;
  }

  private SourceOptions sourceOptions() throws MojoExecutionException {
    SourceOptions o = SourceOptions.defaults();
    if (replyPaths != null && !replyPaths.isEmpty()) {
      try {
        o = o.withReplyPaths(replyPaths);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("garbo: <replyPaths>: " + e.getMessage());
      }
    }
    String m = markdown == null ? "file" : markdown.trim().toLowerCase(Locale.ROOT);
    o = o.withMarkdown(switch (m) {
      case "file" -> MarkdownMode.FILE;
      case "paragraph", "paragraphs" -> MarkdownMode.PARAGRAPH;
      default -> throw new MojoExecutionException("garbo: <markdown> is '" + markdown + "'; expected file or paragraph");
    });
    if (language != null && !language.isBlank() && !language.trim().equalsIgnoreCase("auto")) {
      Language l = Language.fromCode(language).orElseThrow(() ->
          new MojoExecutionException("garbo: <language> is '" + language + "'; expected auto, en or it"));
      o = o.withDefaultLanguage(l);
    }
    return o;
  }

  private Severity threshold() throws MojoExecutionException {
    String v = failOnSeverity == null ? "warning" : failOnSeverity.trim();
    if (v.equalsIgnoreCase("none") || v.equalsIgnoreCase("off")) {
      return null;
    }
    return Severity.fromCode(v).orElseThrow(() -> new MojoExecutionException(
        "garbo: <failOnSeverity> is '" + failOnSeverity + "'; expected error, warning, suggestion or none"));
  }

  private List<String> includes() {
    return includes == null || includes.isEmpty() ? SourceFiles.DEFAULT_INCLUDES : includes;
  }

  private List<String> excludes(Path basedir) {
    List<String> out = new ArrayList<>();
    if (useDefaultExcludes) {
      out.addAll(SourceFiles.DEFAULT_EXCLUDES);
    }
    if (excludes != null) {
      out.addAll(excludes);
    }
    // the build directory, whatever it is called, the reports, and the modules of an aggregator,
    // which are checked as projects of their own
    List<Path> dirs = new ArrayList<>(List.of(Path.of(project.getBuild().getDirectory()), outputDirectory.toPath()));
    for (String module : project.getModules()) {
      Path m = basedir.resolve(module).normalize();
      dirs.add(m.getFileName() != null && m.getFileName().toString().endsWith(".xml") ? m.getParent() : m);
    }
    for (Path dir : dirs) {
      Path p = dir.toAbsolutePath().normalize();
      if (p.startsWith(basedir) && !p.equals(basedir)) {
        out.add(SourceFiles.slashed(basedir.relativize(p)) + "/**");
      }
    }
    return out;
  }

  /** Processor time of the whole JVM so far, or -1 where the JVM does not say. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  private String version() {
    return plugin != null && plugin.getVersion() != null ? plugin.getVersion() : "unknown";
  }

  /** The configuration error with its file relative to the project when it is inside it. */
  static String describe(Path basedir, DefinitionException e) {
    String file = e.file();
    try {
      Path p = Path.of(file).toAbsolutePath().normalize();
      if (p.startsWith(basedir)) {
        file = SourceFiles.slashed(basedir.relativize(p));
      }
    } catch (RuntimeException ignored) {
      // not a path ("<rules>"): shown as it is
    }
    if (e.line() <= 0) {
      return file + ": " + e.problem();
    }
    return file + ":" + e.line() + ":" + Math.max(1, e.column()) + ": " + e.problem();
  }

  private static String shown(Path basedir, Path p) {
    Path a = p.toAbsolutePath();
    return a.startsWith(basedir) ? SourceFiles.slashed(basedir.relativize(a)) : a.toString();
  }
}
