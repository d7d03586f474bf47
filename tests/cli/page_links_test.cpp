// Issue 21, item 1: every link yoy writes is built by one function
// (link_target, render/render_escape.cpp). Reports whose ids look hostile but
// pass ingest's name rule (ids that are page names, anchors, a domain, a
// scheme's name, the longest allowed) are ingested over three editions; the
// site, the summary and the HTML diff are written; every href on every page
// (and every Markdown link) must be a relative link to a file of the same
// directory that exists, at an element id that exists on it. Ids that break
// the rule never reach a page: tests/archive/hand_built_test.cpp
// (ReportNamesIngestWouldRefuseAreRefusedWhereverTheyAreReadBack).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/gumbo_page.h"
#include "support/scratch_dir.h"
#include "support/subprocess.h"
#include "support/tip_reports.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

// Valid ids that look like what a link could be confused with.
std::vector<std::string> hostile_ids() {
  std::string longest;
  while (longest.size() < 100) longest += "Z9";  // kMaxNameBytes
  return {"index.html",                          // a page name of both the site and the summary
          "x.md",                                // the summary's Markdown page name
          "javascript",  // a scheme's name, without the colon the rule refuses
          "www.example.com",
          "report-north-korea",  // the HTML diff's anchor of north-korea
          "y2025",               // the site's anchor of a year
          "latest",              // an element id of the site's index
          "0",
          "A_b-c.d",
          "north-korea",
          longest};
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string percent_decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

struct Links {
  std::vector<std::string> hrefs;
  std::set<std::string> ids;
};

Links links_of(const fs::path& page) {
  Links links;
  const std::string text = slurp(page);
  if (page.extension() == ".md") {
    // [text](target): the text is escaped (a "]" in it is "\]"), targets have no ")".
    static const std::regex link(R"((^|[^\\])\]\(([^)]*)\))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), link);
         it != std::sregex_iterator(); ++it)
      links.hrefs.push_back((*it)[2]);
    return links;
  }
  yoy::testing::Page parsed(text);
  yoy::testing::walk(parsed.output->document, [&](const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboVector& attributes = node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(attributes.data[i]);
      const std::string name = a->name;
      if (name == "href" || name == "src" || name == "xlink:href" || name == "action")
        links.hrefs.push_back(a->value);
      if (name == "id") links.ids.insert(a->value);
    }
  });
  return links;
}

// Every link of every page in `dir`; returns how many were checked, and the
// pages each page links to (by file name).
std::size_t check_links(const fs::path& dir, std::map<std::string, std::set<std::string>>& to) {
  std::map<std::string, Links> pages;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) pages[entry.path().filename().string()] = links_of(entry.path());
  std::size_t checked = 0;
  static const std::regex shape("[A-Za-z0-9._~%-]*(#[A-Za-z0-9._~%-]+)?");
  for (const auto& [name, links] : pages) {
    for (const std::string& href : links.hrefs) {
      SCOPED_TRACE(dir.filename().string() + "/" + name + ": href \"" + href + "\"");
      ++checked;
      // What link_target makes: unreserved bytes and percent-escapes, one '#'.
      // (ADD_FAILURE and continue: ASSERT_* cannot return from a function with a value.)
      if (href.empty() || !std::regex_match(href, shape)) {
        ADD_FAILURE() << "not what link_target makes";
        continue;
      }
      const std::size_t hash = href.find('#');
      const std::string file = percent_decode(href.substr(0, hash));
      const std::string fragment =
          hash == std::string::npos ? "" : percent_decode(href.substr(hash + 1));
      const std::string target = file.empty() ? name : file;
      EXPECT_EQ(file.find('/'), std::string::npos);
      EXPECT_NE(file, "..");
      auto page = pages.find(target);
      if (page == pages.end()) {
        ADD_FAILURE() << "no file " << target;
        continue;
      }
      to[name].insert(target);
      if (!fragment.empty()) {
        EXPECT_EQ(page->second.ids.count(fragment), 1u) << "no id " << fragment;
      }
    }
  }
  return checked;
}

class PageLinks : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int year : {2023, 2024, 2025})
      for (const std::string& id : hostile_ids())
        write_text(dir_ / ("corpus/tip/" + std::to_string(year) + "/" + id + ".txt"),
                   generated_report(id, year));
    // One report added in the last edition, one gone from it.
    write_text(dir_ / "corpus/tip/2025/changes.txt", generated_report("changes", 2025));
    for (int year : {2023, 2024})
      write_text(dir_ / ("corpus/tip/" + std::to_string(year) + "/tiers.txt"),
                 generated_report("tiers", year));
    archive_ = dir_ / "archive";
    const CommandResult ingest = yoy({"-q", "ingest", dir_ / "corpus"});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  CommandResult yoy(std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive_});
    return run_command(args);
  }
  ScratchDir dir_;
  std::string archive_;
};

TEST_F(PageLinks, EveryHrefOfSiteSummaryAndDiffIsARelativeLinkToAFileThatExists) {
  const CommandResult site = yoy({"site", "-o", dir_ / "site"});
  ASSERT_EQ(site.exit_code, 0) << site.err;
  const CommandResult summary = yoy({"summary", "2024", "2025", "-o", dir_ / "summary"});
  ASSERT_EQ(summary.exit_code, 0) << summary.err;
  fs::create_directories(dir_ / "diff");
  const CommandResult diff =
      yoy({"diff", "2024", "2025", "--format", "html", "-o", dir_ / "diff/diff.html"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;

  std::map<std::string, std::set<std::string>> site_to, summary_to, diff_to;
  // 124 hrefs when first built (16 pages and feed.xml over 13 reports and 3
  // editions): the bound says the walk saw every page, not an exact count.
  EXPECT_GT(check_links(dir_ / "site", site_to), 100u);
  EXPECT_GT(check_links(dir_ / "summary", summary_to), hostile_ids().size() * 2);
  EXPECT_GT(check_links(dir_ / "diff", diff_to), hostile_ids().size());
  // Every report is reached: its site page from the index, its summary pages
  // from the overviews, its card from the diff's contents.
  const std::string diff_page = slurp(dir_ / "diff/diff.html");
  for (const std::string& id : hostile_ids()) {
    SCOPED_TRACE(id);
    EXPECT_EQ(site_to["index.html"].count(id + ".html"), 1u);
    EXPECT_EQ(summary_to["index.html"].count(id + ".html"), 1u);
    EXPECT_EQ(summary_to["index.md"].count(id + ".md"), 1u);
    EXPECT_NE(diff_page.find("href=\"#report-" + id + "\""), std::string::npos);
  }
  EXPECT_EQ(site_to["index.html"].count("changes-2024-2025.html"), 1u);
  EXPECT_EQ(site_to["changes-2024-2025.html"].count("tiers.html"), 1u) << "a removed report";
}

}  // namespace
