#pragma once
// `yoy check` results as text, GitHub workflow annotations or JUnit XML.
// Formatting only: every number comes from the CheckResult.
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
std::string render_check_github(const Policy& policy, const CheckResult& result);
std::string render_check_junit(const Policy& policy, const CheckResult& result);
std::string render_check(const Policy& policy, const CheckResult& result, CheckFormat format,
                         bool color);

// GitHub workflow command escaping: data escapes %, \r, \n; properties also : and ,.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);
// XML 1.0 text/attribute escaping; characters XML cannot carry become U+FFFD.
std::string xml_escape(std::string_view text);

}  // namespace yoy
