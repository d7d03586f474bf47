#pragma once
// The CSS and script of the tier heat map (tier_heatmap_html), for every page
// that holds one. Private to render/.
namespace yoy {
extern const char* const kHeatmapStyle;
extern const char* const kHeatmapScript;
}  // namespace yoy
