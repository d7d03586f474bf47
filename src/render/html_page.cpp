// The frame of yoy's own HTML pages (see html_page.h).
#include "render/html_page.h"

#include "render/render_escape.h"
#include "yoy/render/render.h"

namespace yoy::html_page {

const char* const kBaseStyle = R"css(
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--page:#f6f8fa;--card:#fff;
--del-bg:#ffebe9;--del:#a40e26;--ins-bg:#dafbe1;--ins:#116329;--move:#0550ae;--move-bg:#ddf4ff;
--warn-bg:#fff8c5;--warn:#9a6700}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:var(--ink);background:var(--page);-webkit-text-size-adjust:100%}
main{max-width:64rem;margin:0 auto;padding:1rem}
nav.crumbs{font-size:.9rem;margin:0 0 .75rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;
margin:0 0 1rem;min-width:0}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem;overflow-wrap:anywhere}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 .5rem}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
p{margin:.5rem 0}
a{color:var(--move)}
.muted,small{color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.down{color:var(--del)}.up{color:var(--ins)}
@media (max-width:40rem){main{padding:.5rem}.card{padding:.75rem}}
)css";

std::string start(std::string_view title, std::string_view nav, std::string_view extra_style) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"yoy\">\n<title>";
  out += escape_html(title);
  out += "</title>\n<style>";
  out += kBaseStyle;
  out += extra_style;
  out += "</style>\n</head>\n<body>\n<main>\n";
  if (!nav.empty()) {
    out += "<nav class=\"crumbs\">";
    out += nav;
    out += "</nav>\n";
  }
  return out;
}

std::string end(std::string_view script) {
  std::string out = "</main>\n";
  if (!script.empty()) {
    out += "<script>";
    out += script;
    out += "</script>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace yoy::html_page
