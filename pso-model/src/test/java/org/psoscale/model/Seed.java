package org.psoscale.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The seed paper's text, if this checkout has it beside the repository ({@code shared/seed/...}); the CI clone
 * does, users' machines usually do not. Tests hold their own transcription of the paper as the authority and
 * use this only to check that the transcription still matches the source.
 */
final class Seed {
  static final String FILE_NAME = "000_ddef46aec85c93e1.txt";

  private Seed() {}

  /** The seed file's lines, or empty when it is not found. */
  static Optional<List<String>> lines() {
    return path().map(p -> {
      try {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The seed file's text, or empty when it is not found. */
  static Optional<String> text() {
    return lines().map(l -> String.join("\n", l));
  }

  private static Optional<Path> path() {
    String override = System.getProperty("pso.seed");
    if (override != null) {
      return Optional.of(Path.of(override)).filter(Files::isRegularFile);
    }
    Path dir = Path.of("").toAbsolutePath();
    return Stream.of("../../shared/seed/", "../shared/seed/", "shared/seed/")
        .map(prefix -> dir.resolve(prefix + FILE_NAME).normalize())
        .filter(Files::isRegularFile)
        .findFirst();
  }
}
