package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The startup script ships in the jar and is the one the JShell notebook test opens. */
class JShellStartupTest {
  @Test
  void theScriptIsAClassPathResourceThatLoadsTheCases() {
    String script = JShellStartup.script();
    assertTrue(script.contains("PsoDataset data = PsoDataset.bundled();"), script);
    assertTrue(script.contains("import org.psoscale.dataset.*;"), script);
  }
}
