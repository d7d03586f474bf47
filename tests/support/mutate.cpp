// Mutation harness support (see mutate.h).
#include "support/mutate.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "yoy/model/model.h"
#include "yoy/normalize/normalize.h"
#include "yoy/parse/profiles.h"

namespace yoy::testing {
namespace {

const std::vector<std::string> kTiers = {"Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"};
const std::set<std::string> kHeadings = {"PRIORITIZED RECOMMENDATIONS:", "PROSECUTION",
                                         "PROTECTION", "PREVENTION", "TRAFFICKING PROFILE:"};
const std::vector<std::string> kNewItems = {
    "Establish a transparent process to screen repatriated North Koreans for trafficking "
    "indicators.",
    "Publish data on trafficking investigations, prosecutions, and convictions.",
    "Train diplomatic personnel to recognize indicators of trafficking among overseas workers."};
const std::vector<std::string> kNewSentences = {
    "Observers noted that conditions did not improve during the reporting period.",
    "Civil society organizations continued to document these abuses.",
    "The government did not respond to requests for information on these practices."};
const std::vector<std::string> kAdverbs = {"promptly", "fully", "transparently", "systematically"};

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find("\n\n", i);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(i, end - i);
    while (!p.empty() && (p.back() == '\n' || p.back() == ' ')) p.pop_back();
    std::size_t start = p.find_first_not_of("\n ");
    if (start != std::string::npos) out.push_back(p.substr(start));
    i = end;
    while (i < text.size() && text[i] == '\n') ++i;
  }
  return out;
}

bool ends_sentence(const std::string& p) {
  char c = p.empty() ? '.' : p.back();
  return c == '.' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"';
}

int pick(std::mt19937& rng, int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
bool chance(std::mt19937& rng, double p) {
  return std::uniform_real_distribution<double>(0, 1)(rng) < p;
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) out += (k ? sep : "") + parts[k];
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string wrap(const std::string& p, int width) {
  std::string out;
  int column = 0;
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t end = p.find(' ', i);
    if (end == std::string::npos) end = p.size();
    std::string word = p.substr(i, end - i);
    // A line starting "3." reads as a numbered list item to the text normalizer,
    // so the wrap never breaks before such a word (a known limit, see the report).
    bool numbered =
        !word.empty() && std::isdigit(static_cast<unsigned char>(word[0])) && word.back() == '.';
    if (column > 0 && !numbered && column + 1 + static_cast<int>(word.size()) > width) {
      out += '\n';
      column = 0;
    } else if (column > 0) {
      out += ' ';
      ++column;
    }
    out += word;
    column += static_cast<int>(word.size());
    i = end + 1;
  }
  return out;
}

std::string apply_noise(std::string p, const Noise& noise, std::mt19937& rng) {
  if (noise.curly) {
    bool open = true;
    std::string out;
    for (char c : p) {
      if (c == '\'') {
        out += "\u2019";
      } else if (c == '"') {
        out += open ? "\u201C" : "\u201D";
        open = !open;
      } else {
        out += c;
      }
    }
    p = out;
  }
  if (noise.entities) {
    p = replace_all(p, "\u2019", "&rsquo;");
    p = replace_all(p, "'", "&#39;");
  }
  if (noise.double_spaces) {
    std::string out;
    for (char c : p) {
      out += c;
      if (c == ' ' && chance(rng, 0.2)) out += ' ';
    }
    p = out;
  }
  if (noise.wrap > 0) p = wrap(p, noise.wrap);
  return p;
}

std::string title_case(const std::string& heading) {
  std::string out = heading;
  bool start = true;
  for (char& c : out) {
    c = start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
              : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    start = c == ' ';
  }
  return out;
}

Block analyzed(const std::string& text) {
  Block b;
  b.text = text;
  analyze_block(b);
  return b;
}

// Raises the last number in a statistic's surface: "80,000 to 200,000" → "80,000 to 230,000".
std::string raise_number(const std::string& surface, std::mt19937& rng) {
  std::size_t end = surface.size();
  while (end > 0 && !std::isdigit(static_cast<unsigned char>(surface[end - 1]))) --end;
  if (end == 0) return "";
  std::size_t begin = end;
  while (begin > 0 && (std::isdigit(static_cast<unsigned char>(surface[begin - 1])) ||
                       (surface[begin - 1] == ',' && begin > 1 &&
                        std::isdigit(static_cast<unsigned char>(surface[begin - 2])))))
    --begin;
  std::string digits;
  bool commas = false;
  for (std::size_t k = begin; k < end; ++k) {
    if (surface[k] == ',')
      commas = true;
    else
      digits += surface[k];
  }
  long long value = std::stoll(digits);
  long long raised =
      value < 50 ? value + 1 + pick(rng, 3) : value + value / 10 * (1 + pick(rng, 4));
  if (value >= 50 && value < 100) raised = std::min(99LL, value + 1 + pick(rng, 4));
  if (raised == value) return "";
  std::string text = std::to_string(raised);
  if (commas)
    for (int k = static_cast<int>(text.size()) - 3; k > 0; k -= 3)
      text.insert(static_cast<std::size_t>(k), 1, ',');  // a char, not a literal: GCC 12 -Wrestrict
  return surface.substr(0, begin) + text + surface.substr(end);
}

}  // namespace

ReportModel model_from_text(const std::string& text) {
  ReportModel model;
  std::vector<std::string> paragraphs = split_paragraphs(text);
  std::size_t k = 0;
  for (; k < paragraphs.size(); ++k) {
    const std::string& p = paragraphs[k];
    std::size_t open = p.rfind(" (Tier ");
    if (open != std::string::npos && p.back() == ')' && p.find('\n') == std::string::npos) {
      model.country = p.substr(0, open);
      model.tier = p.substr(open + 2, p.size() - open - 3);
      break;
    }
  }
  if (k == paragraphs.size()) throw std::runtime_error("seed: no tier heading");
  model.prefix = join(std::vector<std::string>(paragraphs.begin(), paragraphs.begin() + k), "\n\n");
  model.parts.push_back({"", {}, false});
  for (++k; k < paragraphs.size(); ++k) {
    const std::string& p = paragraphs[k];
    if (p == "TAGS") break;
    if (kHeadings.count(p)) {
      model.parts.push_back({p, {}, p == "PRIORITIZED RECOMMENDATIONS:"});
      continue;
    }
    auto& list = model.parts.back().paragraphs;
    if (!list.empty() && !ends_sentence(list.back()) &&
        std::islower(static_cast<unsigned char>(p[0])))
      list.back() += " " + p;  // a page break cut this paragraph
    else
      list.push_back(p);
  }
  model.suffix = join(std::vector<std::string>(paragraphs.begin() + k, paragraphs.end()), "\n\n");
  return model;
}

Noise random_noise(std::mt19937& rng) {
  Noise n;
  if (chance(rng, 0.5)) n.wrap = 40 + pick(rng, 41);
  n.curly = chance(rng, 0.4);
  n.entities = chance(rng, 0.3);
  n.double_spaces = chance(rng, 0.3);
  n.heading_case = chance(rng, 0.3);
  n.seed = static_cast<unsigned>(rng());
  return n;
}

std::string render_model(const ReportModel& model, const Noise& noise) {
  std::mt19937 rng(noise.seed);
  std::string upper_tier = model.tier;
  for (char& c : upper_tier) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string out = model.prefix + "\n\n" + model.country + " (" + model.tier + ")\n\n";
  for (const auto& part : model.parts) {
    if (!part.heading.empty())
      out += (noise.heading_case ? title_case(part.heading) : part.heading) + "\n\n";
    for (const std::string& p : part.paragraphs) out += apply_noise(p, noise, rng) + "\n\n";
  }
  return out + model.suffix + "\n";
}

Expected plant_edits(ReportModel& model, std::mt19937& rng) {
  Expected e;
  std::set<std::pair<int, int>> touched;  // (part, paragraph) already edited
  std::set<int> moved_parts;
  const int edits = 1 + pick(rng, 5);
  bool want_move = false;
  for (int n = 0; n < edits; ++n) {
    int kind = pick(rng, 9);
    if (kind == 0) {  // tier moved
      std::string to = kTiers[pick(rng, static_cast<int>(kTiers.size()))];
      if (to == model.tier || e.direction != "unchanged") continue;
      e.direction = tier_rank(to) < tier_rank(model.tier) ? "upgrade" : "downgrade";
      std::string upper_from = model.tier, upper_to = to;
      for (char& c : upper_from) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (char& c : upper_to) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      model.prefix = replace_all(model.prefix, "(" + upper_from + ")", "(" + upper_to + ")");
      e.log.push_back("tier " + model.tier + " -> " + to);
      model.tier = to;
      continue;
    }
    if (kind <= 4) {  // the recommendations list
      auto it =
          std::find_if(model.parts.begin(), model.parts.end(), [](auto& p) { return p.list; });
      int part = static_cast<int>(it - model.parts.begin());
      auto& items = it->paragraphs;
      auto free_item = [&]() -> int {
        for (int tries = 0; tries < 20; ++tries) {
          int i = pick(rng, static_cast<int>(items.size()));
          bool planted = std::find(e.items_added.begin(), e.items_added.end(), items[i]) !=
                         e.items_added.end();
          for (auto& r : e.items_reworded) planted = planted || r.second == items[i];
          for (auto& m : e.items_moved) planted = planted || m == items[i];
          if (!planted) return i;
        }
        return -1;
      };
      if (kind == 1) {
        std::string item = kNewItems[pick(rng, static_cast<int>(kNewItems.size()))];
        if (std::find(items.begin(), items.end(), item) != items.end()) continue;
        items.insert(items.begin() + pick(rng, static_cast<int>(items.size()) + 1), item);
        e.items_added.push_back(item);
        e.log.push_back("item added: " + item);
      } else if (kind == 2) {
        int i = free_item();
        if (i < 0 || items.size() < 4) continue;
        e.items_removed.push_back(items[i]);
        e.log.push_back("item removed: " + items[i]);
        items.erase(items.begin() + i);
      } else if (kind == 3) {
        int i = free_item();
        if (i < 0) continue;
        std::vector<std::string> words;
        std::size_t at = 0, sp;
        while ((sp = items[i].find(' ', at)) != std::string::npos)
          words.push_back(items[i].substr(at, sp - at)), at = sp + 1;
        words.push_back(items[i].substr(at));
        int w = 1 + pick(rng, static_cast<int>(words.size()) - 1);
        // Not in front of a number: "UNSCR promptly 2397" would make the resolution a figure.
        if (std::isdigit(static_cast<unsigned char>(words[w][0]))) continue;
        std::string adverb = kAdverbs[pick(rng, static_cast<int>(kAdverbs.size()))];
        words.insert(words.begin() + w, adverb);
        std::string reworded = join(words, " ");
        e.items_reworded.push_back({items[i], reworded});
        e.log.push_back("item reworded: " + reworded);
        items[i] = reworded;
      } else {
        want_move = true;  // done last, once adds and removes are known
      }
      (void)part;
      continue;
    }
    // Body paragraphs (headed, non-list sections).
    std::vector<int> parts;
    for (int p = 1; p < static_cast<int>(model.parts.size()); ++p)
      if (!model.parts[p].list && !moved_parts.count(p)) parts.push_back(p);
    if (parts.empty()) continue;
    int p = parts[pick(rng, static_cast<int>(parts.size()))];
    auto& paragraphs = model.parts[p].paragraphs;
    if (kind == 8) {  // paragraph moved (no other edit in its section)
      bool edited = false;
      for (auto& t : touched) edited = edited || t.first == p;
      if (edited || paragraphs.size() < 4) continue;
      int from = pick(rng, static_cast<int>(paragraphs.size()));
      int to;
      do to = pick(rng, static_cast<int>(paragraphs.size()));
      while (std::abs(to - from) < 2);
      std::string moved = paragraphs[from];
      paragraphs.erase(paragraphs.begin() + from);
      paragraphs.insert(paragraphs.begin() + to, moved);
      moved_parts.insert(p);
      e.blocks_moved.push_back(moved);
      e.log.push_back("paragraph moved in " + model.parts[p].heading);
      continue;
    }
    int q = pick(rng, static_cast<int>(paragraphs.size()));
    if (touched.count({p, q})) continue;
    std::string before = paragraphs[q];
    Block block = analyzed(before);
    std::vector<std::string> sentences;
    for (const Sentence& s : block.sentences) sentences.push_back(s.text);
    std::string after;
    if (kind == 5) {  // sentence added
      std::string sentence = kNewSentences[pick(rng, static_cast<int>(kNewSentences.size()))];
      if (before.find(sentence) != std::string::npos) continue;
      sentences.insert(sentences.begin() + pick(rng, static_cast<int>(sentences.size()) + 1),
                       sentence);
      after = join(sentences, " ");
      e.log.push_back("sentence added in " + model.parts[p].heading + ": " + sentence);
    } else if (kind == 6) {  // sentence removed (one without figures)
      if (sentences.size() < 2) continue;
      int s = pick(rng, static_cast<int>(sentences.size()));
      bool figures = false;
      for (const Statistic& st : block.statistics)
        figures = figures || st.sentence == static_cast<std::size_t>(s);
      if (figures) continue;
      e.log.push_back("sentence removed in " + model.parts[p].heading + ": " + sentences[s]);
      sentences.erase(sentences.begin() + s);
      after = join(sentences, " ");
    } else {  // a number changed in place
      if (block.statistics.empty()) continue;
      const Statistic& st = block.statistics[pick(rng, static_cast<int>(block.statistics.size()))];
      std::size_t at = before.find(st.surface);
      if (at == std::string::npos || before.find(st.surface, at + 1) != std::string::npos) continue;
      std::string raised = raise_number(st.surface, rng);
      if (raised.empty()) continue;
      after = before;
      after.replace(at, st.surface.size(), raised);
      // Only when the figure still reads as one figure, and the others as before.
      Block check = analyzed(after);
      if (check.statistics.size() != block.statistics.size()) continue;
      int found = 0, differing = 0;
      for (std::size_t k = 0; k < check.statistics.size(); ++k) {
        found += check.statistics[k].surface == raised;
        differing += check.statistics[k].values != block.statistics[k].values ||
                     check.statistics[k].unit != block.statistics[k].unit;
      }
      if (found != 1 || differing != 1) continue;
      e.statistics_changed.push_back({st.surface, raised});
      e.log.push_back("number changed in " + model.parts[p].heading + ": " + st.surface + " -> " +
                      raised);
    }
    paragraphs[q] = after;
    touched.insert({p, q});
    e.blocks_modified.push_back({before, after});
  }
  if (want_move) {
    auto it = std::find_if(model.parts.begin(), model.parts.end(), [](auto& p) { return p.list; });
    auto& items = it->paragraphs;
    auto free_item = [&]() -> int {
      for (int tries = 0; tries < 20; ++tries) {
        int i = pick(rng, static_cast<int>(items.size()));
        bool planted =
            std::find(e.items_added.begin(), e.items_added.end(), items[i]) != e.items_added.end();
        for (auto& r : e.items_reworded) planted = planted || r.second == items[i];
        if (!planted) return i;
      }
      return -1;
    };
    [&] {
      // A move the list makes unambiguous: at least two places among the items
      // present in both editions (a swap of neighbours could be read either way).
      int i = free_item();
      if (i < 0) return;
      for (int tries = 0; tries < 20; ++tries) {
        std::vector<std::string> moved = items;
        std::string item = moved[i];
        moved.erase(moved.begin() + i);
        moved.insert(moved.begin() + pick(rng, static_cast<int>(moved.size()) + 1), item);
        auto paired_rank = [&](const std::vector<std::string>& list) {
          int rank = 0;
          for (const std::string& s : list) {
            if (s == item) return rank;
            if (std::find(e.items_added.begin(), e.items_added.end(), s) == e.items_added.end())
              ++rank;
          }
          return rank;
        };
        if (std::abs(paired_rank(moved) - paired_rank(items)) < 2) continue;
        items = moved;
        e.items_moved.push_back(item);
        e.log.push_back("item moved: " + item);
        break;
      }
    }();
  }
  return e;
}

}  // namespace yoy::testing
