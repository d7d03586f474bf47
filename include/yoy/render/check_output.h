#pragma once
// `yoy check` results as text, GitHub workflow annotations or JUnit XML.
// Formatting only: every number comes from the CheckResult.
#include <cstddef>
#include <string>
#include <string_view>

#include "yoy/policy/policy.h"

namespace yoy {

enum class CheckFormat { text, github, junit, json };
// "text" | "github" | "junit" | "json"; throws InputError on anything else.
CheckFormat check_format_from_name(std::string_view name);

// One sentence saying what the finding is, without the report id:
// "tier downgraded: Tier 2 Watch List → Tier 3".
std::string describe_finding(const Finding& finding, const CheckResult& result);

std::string render_check_text(const Policy& policy, const CheckResult& result, bool color);
// At most `max_annotations` annotations (GitHub shows about ten of each kind per
// step), errors first, each with file= naming the report's path in the archive;
// a notice says how many more there are, and the verdict.
std::string render_check_github(const Policy& policy, const CheckResult& result,
                                std::size_t max_annotations = 10);
// The job summary ($GITHUB_STEP_SUMMARY): verdict, findings per rule, and the
// findings themselves (at most `max_rows`).
std::string render_check_step_summary(const Policy& policy, const CheckResult& result,
                                      std::size_t max_rows = 1000);
std::string render_check_junit(const Policy& policy, const CheckResult& result);
std::string render_check(const Policy& policy, const CheckResult& result, CheckFormat format,
                         bool color);

// GitHub workflow command escaping: data escapes %, \r, \n; properties also : and ,.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

}  // namespace yoy
