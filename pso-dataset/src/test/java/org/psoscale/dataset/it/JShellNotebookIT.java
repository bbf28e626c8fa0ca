package org.psoscale.dataset.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's JShell session in a real {@code jshell} against the packaged jars, through the shipped
 * startup script, so that the notebook path cannot break unnoticed. The session is read from README.md (the
 * code block after the marker {@code <!-- jshell-session -->}); each line of it that ends in a comment
 * {@code // ==> text} must print {@code text}.
 */
class JShellNotebookIT {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- jshell-session -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern EXPECT = Pattern.compile("//\\s*==>\\s*(.+)$");

  @Test
  void readmeSessionRunsInJShellAgainstTheBuiltJars() throws Exception {
    Path startup = Path.of(System.getProperty("pso.jshell.script"));
    Path readme = Path.of(System.getProperty("pso.readme"));
    assertTrue(Files.isRegularFile(startup), "startup script missing: " + startup);
    Matcher m = BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
    assertTrue(m.find(), "README.md has no <!-- jshell-session --> code block");
    String session = m.group(1);

    List<String> expected = new ArrayList<>();
    StringBuilder script = new StringBuilder();
    for (String line : session.split("\n")) {
      Matcher e = EXPECT.matcher(line);
      if (e.find()) {
        expected.add(e.group(1).trim());
      }
      script.append(line).append('\n');
    }
    script.append("/exit\n");
    assertFalse(expected.isEmpty(), "the README session states no expected output (// ==> …)");
    Path file = Files.createTempFile("readme-session", ".jsh");
    Files.writeString(file, script, StandardCharsets.UTF_8);

    String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
    Process p = new ProcessBuilder(jshell, "-q", startup.toString(), file.toString())
        .redirectErrorStream(true)
        .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jshell did not finish");
    System.out.println(out);
    assertEquals(0, p.exitValue(), out);
    assertFalse(out.contains("|  Error"), "jshell reported an error:\n" + out);
    assertFalse(out.contains("Exception"), "jshell threw:\n" + out);
    assertTrue(out.contains("PSO Scale ready"), "startup script did not run:\n" + out);
    for (String text : expected) {
      assertTrue(out.contains(text), "expected '" + text + "' in jshell output:\n" + out);
    }
  }

  @Test
  void startupScriptPutsBuiltJarsOnTheClassPath() throws IOException {
    String env = Files.readAllLines(Path.of(System.getProperty("pso.jshell.script"))).get(0);
    assertTrue(env.startsWith("/env --class-path "), env);
    for (String module : List.of("pso-model", "pso-classifier", "pso-dataset")) {
      assertTrue(env.contains(module), module + " missing from " + env);
    }
    assertFalse(env.contains("${"), "unfiltered property in " + env);
  }
}
