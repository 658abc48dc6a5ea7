package dev.garbo.analysis;

/**
 * One morphological reading of a word: its lemma and part-of-speech tag, in the tag set of the
 * language's LanguageTool dictionary (Penn Treebank for English; LanguageTool's Italian tags such as
 * {@code VER:ind+pres+1+p}).
 */
public record Reading(String lemma, String tag) {}
