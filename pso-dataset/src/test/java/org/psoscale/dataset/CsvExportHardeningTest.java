package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regression tests for the tidy CSV reader's findings of the hardening fuzz (issue: hardening, finding 3). */
class CsvExportHardeningTest {
  private static DatasetFormatException fails(String csv) {
    return assertThrows(DatasetFormatException.class,
        () -> CsvExport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void malformedRowsGiveTheDocumentedException() {
    assertTrue(fails("s\n\"").getMessage().contains("csv"));
    assertTrue(fails("s\n,,").getMessage().contains("csv"));
  }

  @Test
  void aHeaderOnlyFileWithAnyHeaderIsRejected() {
    DatasetFormatException e = fails("foo,bar\n");
    assertTrue(e.getMessage().contains("columns differ"), e.getMessage());
  }

  @Test
  void aScalersCellWithoutEqualsSignIsNamed() {
    Map<String, String> row = new LinkedHashMap<>();
    CsvExport.COLUMNS.forEach(c -> row.put(c, ""));
    row.put("name", "X");
    row.put("sectors", "SHARING");
    row.put("scalers", "STAFFING");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvExport.pso(row));
    assertTrue(e.getMessage().startsWith("scalers: 'STAFFING'"), e.getMessage());
  }
}
