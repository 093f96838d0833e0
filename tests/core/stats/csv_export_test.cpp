// CSV export: BOM, header, RFC 4180 quoting, formula-injection escaping, '.' decimals.
#include "core/stats/csv_export.h"

#include <gtest/gtest.h>

namespace wortblick::stats {
namespace {

TEST(StatsCsv, CellsAreQuotedAndFormulasDefused) {
  EXPECT_EQ(csv_cell("Straße"), "Straße");
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("sagte \"ja\""), "\"sagte \"\"ja\"\"\"");
  EXPECT_EQ(csv_cell("zwei\nZeilen"), "\"zwei\nZeilen\"");
  EXPECT_EQ(csv_cell("=SUMME(A1)"), "'=SUMME(A1)");
  EXPECT_EQ(csv_cell("+49"), "'+49");
  EXPECT_EQ(csv_cell("-minus"), "'-minus");
  EXPECT_EQ(csv_cell("@cmd"), "'@cmd");
  EXPECT_EQ(csv_cell("\tTab"), "'\tTab");
  EXPECT_EQ(csv_cell("\rCR"), "\"'\rCR\"");
  EXPECT_EQ(csv_cell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  EXPECT_EQ(csv_cell("E-Mail"), "E-Mail");  // only a leading sign matters
  EXPECT_EQ(csv_cell(""), "");
}

TEST(StatsCsv, NumbersUseADotWhateverTheLocale) {
  EXPECT_EQ(csv_number(10.98883, 3), "10.989");
  EXPECT_EQ(csv_number(0.0004, 3), "0.000");
  EXPECT_EQ(csv_number(2.5, 0), "3");
  EXPECT_EQ(csv_number(-1.25, 2), "-1.25");
  EXPECT_EQ(csv_number(-0.0001, 2), "0.00");
  EXPECT_EQ(csv_number(7, 3), "7.000");
}

TEST(StatsCsv, FrequencyTableWithBomHeaderAndCrlf) {
  const std::vector<FrequencyRow> rows = {{"Größe", 12, 2.5, 3}, {"=1+1", 1, 1000.0 / 3, 1}};
  EXPECT_EQ(frequency_csv(rows),
            "\xEF\xBB\xBF"
            "word,count,per1000,articles\r\n"
            "Größe,12,2.500,3\r\n"
            "'=1+1,1,333.333,1\r\n");
  EXPECT_EQ(frequency_csv({}), "\xEF\xBB\xBFword,count,per1000,articles\r\n");
}

TEST(StatsCsv, KeynessTableKeepsNegativeNumbersUnescaped) {
  const std::vector<KeynessRow> rows = {{"Hund", 1, 6, -1.3156, -1.2}};
  EXPECT_EQ(keyness_csv(rows), "\xEF\xBB\xBFword,a,b,ll,effect\r\nHund,1,6,-1.316,-1.200\r\n");
}

}  // namespace
}  // namespace wortblick::stats
