package dev.garbo.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garbo.Garbo;
import dev.garbo.Severity;
import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.DefinitionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginRulesTest {
  private static final ClassLoader LOADER = PluginRulesTest.class.getClassLoader();

  @Test
  void thePomOverridesTheFileForTheSameRule() {
    GarboConfig file = ConfigLoader.parse(".garbo.yaml", "rules:\n  no-problem: off\n", null);
    GarboConfig merged = PluginRules.apply(file, Map.of("no-problem", "error"), LOADER);
    assertThat(merged.rules()).hasSize(1);
    assertThat(merged.rules().values().iterator().next()).isEqualTo(new GarboConfig.RuleSetting(true, Severity.ERROR));
    var result = Garbo.builder().config(merged).build().check("No problem, happy to help!");
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void offTurnsARuleOff() {
    GarboConfig merged = PluginRules.apply(GarboConfig.defaults(), Map.of("no-problem", "off"), LOADER);
    assertThat(Garbo.builder().config(merged).build().check("No problem, happy to help!").findings()).isEmpty();
  }

  @Test
  void anUnknownIdIsThePomsMistakeWithTheClosestId() {
    assertThatThrownBy(() -> PluginRules.apply(GarboConfig.defaults(), Map.of("no-problm", "off"), LOADER))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("<rules> in the plugin configuration: unknown rule 'no-problm'; did you mean 'no-problem'?");
  }

  @Test
  void aBadSettingNamesTheRule() {
    assertThatThrownBy(() -> PluginRules.apply(GarboConfig.defaults(), Map.of("no-problem", "loud"), LOADER))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("<no-problem>: 'loud' is not a rule setting; expected off, on, suggestion, warning or error");
  }
}
