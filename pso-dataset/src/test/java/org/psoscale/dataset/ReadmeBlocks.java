package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a generated block of the top-level README.md, between {@code <!-- NAME:start -->} and
 * {@code <!-- NAME:end -->} in a {@code text} code fence, against what the code renders now, so that README cannot
 * drift from the code. Run the build with {@code -Dreadme.update=true} to rewrite the blocks from the code (then
 * review the diff: the figures are reported whatever they are).
 */
public final class ReadmeBlocks {
  private static final Path README = Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();

  private ReadmeBlocks() {}

  /**
   * Asserts that README's block {@code name} holds {@code rendered}; rewrites it first when {@code readme.update}
   * is set.
   *
   * @param name the block name, e.g. {@code "evaluation"}
   * @param rendered what the code renders now
   * @throws IOException if README cannot be read or written
   */
  public static void check(String name, String rendered) throws IOException {
    check(name, rendered, Pattern.compile("(<!-- " + Pattern.quote(name) + ":start -->\\s*```text\\n)(.*?)(```\\s*<!-- "
        + Pattern.quote(name) + ":end -->)", Pattern.DOTALL));
  }

  /**
   * Like {@link #check(String, String)} for a block of Markdown (no code fence) between the markers.
   *
   * @param name the block name, e.g. {@code "comparison"}
   * @param rendered what the code renders now
   * @throws IOException if README cannot be read or written
   */
  public static void checkMarkdown(String name, String rendered) throws IOException {
    check(name, rendered, Pattern.compile("(<!-- " + Pattern.quote(name) + ":start -->\\n)(.*?)(<!-- "
        + Pattern.quote(name) + ":end -->)", Pattern.DOTALL));
  }

  private static synchronized void check(String name, String rendered, Pattern block) throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = block.matcher(text);
    assertTrue(m.find(), "README.md lacks the block between <!-- " + name + ":start/end -->");
    if (Boolean.getBoolean("readme.update")) {
      String body = block.pattern().contains("```text") ? rendered.strip() + "\n" : "\n" + rendered.strip() + "\n\n";
      text = text.substring(0, m.start(2)) + body + text.substring(m.end(2));
      Files.writeString(README, text, StandardCharsets.UTF_8);
      m = block.matcher(text);
      assertTrue(m.find());
    }
    assertEquals(rendered.strip(), m.group(2).strip(), "README's " + name
        + " block is out of date; run the build with -Dreadme.update=true or replace the block with:\n" + rendered);
  }
}
