# The monitor test's (and scripts/monitor-demo's) report site, for
# tests/support/monitor_servers.py: two years of the TIP Report's country pages
# at /reports/<year>-trafficking-in-persons-report/<id>/, each a real stored
# copy from tests/fixtures/tip-history, the years' index pages (as state.gov's
# link them: the introduction, the countries, a page of another year), and
# revised copies served once control.json says "version": "v2" (two with
# their words changed, one with only its bytes).
# Usage: source it, then: monitor_site STATE_DIR FIXTURES_DIR
# Defines report YEAR ID [v2/] (the directory of a page) for the caller.

monitor_site() {
  local state=$1 hist=$2
  MONITOR_SITE_STATE=$1
  page() {  # page YEAR ID FIXTURE [VERSION/]
    mkdir -p "$(report "$1" "$2" "${4:-}")"
    cp "$hist/$3" "$(report "$1" "$2" "${4:-}")/index.txt"
  }
  index() {  # index YEAR ID...: the year's index page linking to each id (as state.gov's does)
    local year=$1 dir
    shift
    dir="$state/site/reports/$year-trafficking-in-persons-report"
    mkdir -p "$dir"
    {
      echo "<!DOCTYPE html><html><head><title>$year Trafficking in Persons Report</title></head><body>"
      echo "<nav><a href=\"/\">Home</a></nav><main><h1>$year Trafficking in Persons Report</h1><ul>"
      echo "<li><a href=\"introduction/\">Introduction</a></li>"
      for id in "$@"; do echo "<li><a href=\"/reports/$year-trafficking-in-persons-report/$id/\">$id</a></li>"; done
      echo "<li><a href=\"/reports/2021-trafficking-in-persons-report/burma/\">An older year</a></li>"
      echo "</ul></main></body></html>"
    } >"$dir/index.html"
    mkdir -p "$dir/introduction"
    # The report's introduction: linked from the index, no country narrative (modelled on the real one).
    {
      echo "<!DOCTYPE html><html><head><title>Introduction - $year Trafficking in Persons Report</title></head>"
      echo "<body><main><h1>Introduction</h1><p>The Trafficking in Persons Report is the U.S. government's"
      echo "principal diplomatic tool to engage foreign governments on human trafficking. It assesses the"
      echo "efforts of governments around the world to meet the minimum standards for the elimination of"
      echo "trafficking, and this introduction explains how the report is organized and how its country"
      echo "narratives are read.</p></main></body></html>"
    } >"$dir/introduction/index.html"
  }
  page 2022 burma burma-2022-ecoi.txt
  page 2022 malaysia malaysia-2022-ecoi.txt
  page 2022 north-korea north-korea-2022-stategov.txt
  page 2022 venezuela venezuela-2022-stategov.txt
  index 2022 burma malaysia north-korea venezuela russia
  page 2023 burma burma-2023-gvnet.txt
  page 2023 malaysia malaysia-2023-gvnet.txt
  page 2023 north-korea north-korea-2023-gvnet.txt
  page 2023 venezuela venezuela-2023-gvnet.txt
  page 2023 russia russia-2023-gvnet.txt
  page 2023 turkmenistan turkmenistan-2023-gvnet.txt
  # chad: a copy of Russia's page, under a name the tests make slow or silent.
  page 2023 chad russia-2023-gvnet.txt
  index 2023 burma malaysia north-korea venezuela russia turkmenistan atlantis syria chad
  # Revised copies served from "v2" on: planted edits on the real 2023 texts (the planted
  # change is the known answer): Malaysia's tier moved back to Tier 3, one of
  # Turkmenistan's three recommendations dropped.
  page 2023 malaysia malaysia-2023-gvnet.txt v2/
  sed -i -e 's/MALAYSIA (Tier 2 Watch List)/MALAYSIA (Tier 3)/' \
    -e 's/therefore Malaysia was upgraded to Tier 2 Watch List/therefore Malaysia remained on Tier 3/' \
    "$(report 2023 malaysia v2/)/index.txt"
  page 2023 turkmenistan turkmenistan-2023-gvnet.txt v2/
  sed -i '/^End government policies or actions that compel/d' "$(report 2023 turkmenistan v2/)/index.txt"
  # Burma's 2023 page in v2: other bytes, the same words (spaces at every line's end).
  page 2023 burma burma-2023-gvnet.txt v2/
  sed -i 's/$/  /' "$(report 2023 burma v2/)/index.txt"
}

report() { echo "$MONITOR_SITE_STATE/site/${3:-}reports/$1-trafficking-in-persons-report/$2"; }
