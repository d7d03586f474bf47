// The one name rule (series, report ids, extensions) and the year range, on
// both sides of every boundary, with real ids from the TIP Report and the
// World Factbook and the hostile ones an adversarial run tried.
#include "yoy/model/edition_check.h"

#include <gtest/gtest.h>

#include <string>

#include "yoy/util/error.h"

using namespace yoy;

namespace {

// "" when accepted, else the message.
std::string verdict(const std::string& kind, const std::string& name) {
  try {
    check_name(kind, name, "here");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(EditionCheck, RealIdsAndSeriesAreAccepted) {
  for (const char* id : {"north-korea", "cote-divoire", "kn", "congo-democratic-republic-of-the",
                         "burma", "korea-north", "us", "North_Korea", "2025-tip", "a.b", "x1"})
    EXPECT_EQ(verdict("report id", id), "") << id;
  for (const char* series : {"tip", "factbook", "tip-2", "World_Factbook"})
    EXPECT_EQ(verdict("series", series), "") << series;
  for (const char* extension : {"txt", "json", "html", "md", "pdf", "htm"})
    EXPECT_EQ(verdict("extension", extension), "") << extension;
}

TEST(EditionCheck, RefusalsSayWhatIsWrongAndTheRule) {
  const std::string rule =
      "a report id is ASCII letters, digits, '-', '_' and '.', starting with a letter or digit, at "
      "most 100 bytes";
  const std::string message = verdict("report id", "report[1]");
  EXPECT_EQ(message, "here: bad report id 'report[1]': '[' is not allowed; " + rule +
                         " (rename the file, or give one file --id)");
  EXPECT_NE(verdict("series", "my series")
                .find("bad series 'my series': a space is not allowed; "
                      "a series is ASCII letters"),
            std::string::npos);
  struct Case {
    const char* name;
    const char* why;
  };
  for (const Case& c :
       {Case{"a:b", "':' is not allowed"},
        Case{"x)<img src=x onerror=alert(1)>", "')' is not allowed"},
        Case{"x.lock", "ends with '.lock'"}, Case{"index", "reserved"}, Case{"INDEX", "reserved"},
        Case{"Index", "reserved"}, Case{"-x", "starts with '-'"},
        Case{".hidden", "starts with '.'"}, Case{"_x", "starts with '_'"},
        Case{"x.", "ends with '.'"}, Case{"a..b", "contains '..'"},
        Case{"a/b", "'/' is not allowed"}, Case{"a\\b", "'\\' is not allowed"},
        Case{"c\xc3\xb4te", "'\xc3\xb4' is not allowed"},  // ô
        Case{"k\xd0\xbf", "'\xd0\xbf' is not allowed"},    // Cyrillic п
        Case{"n\x1b[2Jx", "'\\x1b' is not allowed"},       // ESC, shown escaped
        Case{"a\nb", "'\\x0a' is not allowed"}, Case{"", "empty"}}) {
    const std::string got = verdict("report id", c.name);
    EXPECT_NE(got.find(c.why), std::string::npos) << c.name << ": " << got;
    EXPECT_EQ(got.find('\x1b'), std::string::npos) << "raw ESC in the message";
    EXPECT_EQ(got.find('\n'), std::string::npos) << "a message is one line";
  }
  // "index" is reserved for report ids only; ids that merely contain it are fine.
  EXPECT_EQ(verdict("series", "index"), "");
  EXPECT_EQ(verdict("report id", "index2"), "");
  EXPECT_EQ(verdict("report id", "reindex"), "");
}

TEST(EditionCheck, LengthLimitsOnBothSides) {
  EXPECT_EQ(verdict("report id", std::string(100, 'a')), "");
  EXPECT_NE(verdict("report id", std::string(101, 'a')).find("101 bytes"), std::string::npos);
  EXPECT_NE(verdict("report id", std::string(230, 'a')).find("230 bytes"), std::string::npos);
  EXPECT_EQ(verdict("extension", std::string(16, 'x')), "");
  EXPECT_NE(verdict("extension", std::string(17, 'x')).find("17 bytes"), std::string::npos);
  EXPECT_NE(verdict("extension", "tar.gz").find("'.' is not allowed"), std::string::npos);
  EXPECT_NE(verdict("extension", "").find("empty"), std::string::npos);
}

TEST(EditionCheck, YearsOnBothSidesOfTheRange) {
  EXPECT_NO_THROW(check_year(1900, "y"));
  EXPECT_NO_THROW(check_year(2200, "y"));
  EXPECT_THROW(check_year(1899, "y"), InputError);
  EXPECT_THROW(check_year(2201, "y"), InputError);
  EXPECT_THROW(check_year(2300, "y"), InputError);
}

TEST(EditionCheck, IdsThatDifferOnlyByCaseCollide) {
  Edition edition;
  edition.series = "factbook";
  edition.year = 2025;
  edition.files.push_back({"kn", "json", "{}", "a/kn.json"});
  edition.files.push_back({"KN", "json", "{}", "b/KN.json"});
  try {
    check_edition_names(edition);
    FAIL() << "kn and KN accepted in one edition";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("'KN' and 'kn' differ only by case"), std::string::npos)
        << e.what();
  }
  edition.files[1].id = "kn";
  EXPECT_THROW(check_edition_names(edition), InputError);
  edition.files[1].id = "ks";
  EXPECT_NO_THROW(check_edition_names(edition));
}
