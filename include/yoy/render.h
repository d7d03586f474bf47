#pragma once
// Renderers: one ChangeSet in, one format out. They never compute changes.
#include <string>
#include <string_view>

#include "yoy/changeset.h"

namespace yoy {

enum class Format { text, md, html, json };
// "text" | "md" | "markdown" | "html" | "json"; throws InputError on anything else.
Format format_from_name(std::string_view name);

struct RenderOptions {
  bool color = false;       // text: ANSI red/green
  bool include_unchanged = false;
};

std::string render_json(const ChangeSet& changes);  // the yoy.changes/1 contract, deterministic
std::string render_text(const ChangeSet& changes, const RenderOptions& options);
std::string render_markdown(const ChangeSet& changes, const RenderOptions& options);
std::string render_html(const ChangeSet& changes, const RenderOptions& options);
std::string render(const ChangeSet& changes, Format format, const RenderOptions& options);

}  // namespace yoy
