#pragma once
// `yoy tiers` output: text, CSV, JSON, Markdown, or an HTML heat map.
// Formatting only: the table comes from app/tier_table.
#include <map>
#include <string>
#include <string_view>

#include "yoy/app/tier_table_result.h"

namespace yoy {

enum class TableFormat { text, csv, json, md, html };
// "text" | "csv" | "json" | "md" | "markdown" | "html"; throws InputError on anything else.
TableFormat table_format_from_name(std::string_view name);

std::string render_tiers_text(const TierTable& table, bool color);
std::string render_tiers_csv(const TierTable& table);
std::string render_tiers_json(const TierTable& table);
std::string render_tiers_markdown(const TierTable& table);
std::string render_tiers_html(const TierTable& table);  // one self-contained page
std::string render_tiers(const TierTable& table, TableFormat format, bool color);

// The heat map alone (filter box, sort buttons, table), for pages that hold it;
// `links` maps a report id to the page (a file name beside this one) its name
// links to, through html_link (absent: no link).
std::string tier_heatmap_html(const TierTable& table,
                              const std::map<std::string, std::string>& links);

// "Tier 2 Watch List" -> "2WL", "Tier 3" -> "3", "Special Case" -> "SC".
std::string tier_short(const std::string& tier);

}  // namespace yoy
