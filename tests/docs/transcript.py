#!/usr/bin/env python3
"""The documentation is the test input (as cram and trycmd do it).

Every code block of a Markdown file of the repository whose first line starts
with "$ " is a transcript: each "$ COMMAND" line is run by bash in the
document's session and what it prints (stdout and stderr together, as a
terminal shows them) must equal the lines below it, up to the next "$ ".

Each document runs in a fresh session: a new temporary directory holding
copies of corpus/ and tests/fixtures/ (the paths the documents name), no
archive yet (yoy's default, .yoy in that directory), `yoy` first on PATH,
output to a pipe (no colour, no pager, no wrapping). Commands of one document
run in order, so a document can ingest first and diff after.

Expected output may elide:
  a line "..."           any number of lines (also none)
  "[..]" inside a line   any text within that line
  a line ending in "..." (after other text): any line that starts with the text before it
Trailing spaces are ignored. The exit status is not checked; the output is.

Directives, each an HTML comment on a line of its own:
  <!-- transcript: setup COMMAND -->   runs COMMAND now, unseen; it must exit 0
  <!-- transcript: skip REASON -->     the next block is shown but not run
  <!-- transcript: needs factbook -->  the rest of the document needs the shared
                                       factbook corpus: `factbook` in the session
                                       (skipped with a message when absent)
  <!-- transcript: session -->         a fresh session from here on

Usage: transcript.py --yoy BINARY [--make-pdf BINARY] [--factbook DIR] ROOT [DOC.md...]
Exit 0 when every transcript matched, 1 otherwise (each difference shown).
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP_DIRS = {'.git', 'node_modules', 'reports', 'fixtures'}
DIRECTIVE = re.compile(r'^\s*<!--\s*transcript:\s*(\w+)\s*(.*?)\s*-->\s*$')


def documents(root):
    found = []
    for here, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith('build'))
        found += [os.path.join(here, f) for f in sorted(files) if f.endswith('.md')]
    return found


def blocks_and_directives(text):
    """Yields ('directive', line_no, name, arg) and ('block', line_no, lines) in order."""
    lines = text.split('\n')
    i = 0
    previous_blank = True
    while i < len(lines):
        line = lines[i]
        m = DIRECTIVE.match(line)
        if m:
            yield ('directive', i + 1, m.group(1), m.group(2))
            i += 1
            previous_blank = False
            continue
        fence = re.match(r'^(\s*)(```+|~~~+)', line)
        if fence:
            indent, marker = fence.group(1), fence.group(2)
            start = i + 1
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
                i += 1
            i += 1
            yield ('block', start + 1, body)
            previous_blank = False
            continue
        if previous_blank and line.startswith('    ') and line.strip():
            start = i
            body = []
            while i < len(lines) and (lines[i].startswith('    ') or not lines[i].strip()):
                body.append(lines[i][4:])
                i += 1
            while body and not body[-1].strip():
                body.pop()
            yield ('block', start + 1, body)
            previous_blank = True
            continue
        previous_blank = not line.strip()
        i += 1


def transcript_steps(body, first_line):
    """[(line_no, command, expected_lines)] when the block is a transcript, else []."""
    if not body or not body[0].startswith('$ '):
        return []
    steps = []
    for offset, line in enumerate(body):
        if line.startswith('$ '):
            steps.append((first_line + offset, line[2:], []))
        else:
            steps[-1][2].append(line)
    return steps


def line_matches(expected, actual):
    expected, actual = expected.rstrip(), actual.rstrip()
    if expected == actual:
        return True
    if expected.endswith('...') and expected != '...':
        return actual.startswith(expected[:-3].rstrip())
    if '[..]' in expected:
        pattern = '.*'.join(re.escape(part) for part in expected.split('[..]'))
        return re.fullmatch(pattern, actual, re.S) is not None
    return False


def output_matches(expected, actual):
    """Matches with "..." lines standing for any run of lines (backtracking)."""
    memo = {}

    def match(e, a):
        key = (e, a)
        if key in memo:
            return memo[key]
        if e == len(expected):
            result = a == len(actual)
        elif expected[e].strip() == '...':
            result = any(match(e + 1, k) for k in range(a, len(actual) + 1))
        else:
            result = a < len(actual) and line_matches(expected[e], actual[a]) and match(e + 1, a + 1)
        memo[key] = result
        return result

    return match(0, 0)


class Session:
    def __init__(self, args):
        self.args = args
        self.dir = tempfile.mkdtemp(prefix='yoy-transcript.')
        shutil.copytree(os.path.join(args.root, 'corpus'), os.path.join(self.dir, 'corpus'))
        shutil.copytree(os.path.join(args.root, 'tests', 'fixtures'),
                        os.path.join(self.dir, 'tests', 'fixtures'))
        if args.make_pdf:
            os.makedirs(os.path.join(self.dir, 'build', 'tests'))
            os.symlink(args.make_pdf, os.path.join(self.dir, 'build', 'tests', 'make_report_pdf'))
        bin_dir = os.path.join(self.dir, '.bin')
        os.makedirs(bin_dir)
        os.symlink(os.path.abspath(args.yoy), os.path.join(bin_dir, 'yoy'))
        self.env = {
            'PATH': bin_dir + ':/usr/local/bin:/usr/bin:/bin',
            'HOME': self.dir,
            'LANG': 'C.UTF-8',
            'LC_ALL': 'C.UTF-8',
            'TZ': 'UTC',
            'GIT_CONFIG_NOSYSTEM': '1',
            'TERM': 'dumb',
        }
        # Under scripts/sanitize the sanitizers' settings (the leak suppressions of
        # system libraries among them) reach the commands as they reach every test.
        for name in ('ASAN_OPTIONS', 'LSAN_OPTIONS', 'UBSAN_OPTIONS'):
            if name in os.environ:
                self.env[name] = os.environ[name]
        self.factbook = None

    def need_factbook(self):
        if self.factbook is None:
            source = self.args.factbook
            self.factbook = bool(source and os.path.isdir(source))
            if self.factbook:
                os.symlink(os.path.abspath(source), os.path.join(self.dir, 'factbook'))
        return self.factbook

    def run(self, command):
        proc = subprocess.run(['bash', '-c', command], cwd=self.dir, env=self.env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=600)
        out = proc.stdout.decode('utf-8', 'replace')
        lines = out.split('\n')
        while lines and not lines[-1].strip():
            lines.pop()
        return proc.returncode, lines

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def check_document(path, args):
    rel = os.path.relpath(path, args.root)
    with open(path, encoding='utf-8') as f:
        items = list(blocks_and_directives(f.read()))
    if not any(item[0] == 'block' and transcript_steps(item[2], item[1]) for item in items):
        return 0, 0, []
    failures = []
    ran = skipped = 0
    session = Session(args)
    skip_next = None
    stopped = None
    try:
        for item in items:
            if item[0] == 'directive':
                _, line_no, name, arg = item
                if stopped:
                    continue
                if name == 'session':
                    session.close()
                    session = Session(args)
                elif name == 'skip':
                    skip_next = arg or 'skipped'
                elif name == 'needs' and arg == 'factbook':
                    if not session.need_factbook():
                        stopped = 'the factbook corpus is absent'
                elif name == 'setup':
                    status, out = session.run(arg)
                    if status != 0:
                        failures.append(f'{rel}:{line_no}: setup `{arg}` exited {status}:\n  ' +
                                        '\n  '.join(out[-20:]))
                else:
                    failures.append(f'{rel}:{line_no}: unknown directive {name!r}')
                continue
            _, line_no, body = item
            steps = transcript_steps(body, line_no)
            if not steps:
                continue
            if skip_next or stopped:
                skipped += len(steps)
                print(f'{rel}:{line_no}: {len(steps)} command(s) not run: {skip_next or stopped}')
                skip_next = None
                continue
            for step_line, command, expected in steps:
                status, actual = session.run(command)
                ran += 1
                while expected and not expected[-1].strip():
                    expected.pop()
                if not output_matches(expected, actual):
                    diff = '\n'.join(difflib.unified_diff(expected, actual, 'documented', 'actual',
                                                          lineterm='', n=2))
                    failures.append(f'{rel}:{step_line}: $ {command}\n(exit {status})\n{diff}\n'
                                    '--- actual output in full:\n' + '\n'.join(actual))
    finally:
        session.close()
    return ran, skipped, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--yoy', required=True)
    parser.add_argument('--make-pdf')
    parser.add_argument('--factbook')
    parser.add_argument('root')
    parser.add_argument('docs', nargs='*')
    args = parser.parse_args()
    args.root = os.path.abspath(args.root)
    args.yoy = os.path.abspath(args.yoy)
    if args.make_pdf:
        args.make_pdf = os.path.abspath(args.make_pdf)
    if args.factbook is None:
        for up in ('..', '../..'):
            candidate = os.path.join(args.root, up, 'shared', 'corpus', 'factbook')
            if os.path.isdir(candidate):
                args.factbook = os.path.abspath(candidate)
                break
    docs = [os.path.abspath(d) for d in args.docs] or documents(args.root)
    total_ran = total_skipped = 0
    all_failures = []
    for doc in docs:
        ran, skipped, failures = check_document(doc, args)
        if ran or skipped:
            print(f'{os.path.relpath(doc, args.root)}: {ran} commands run, {skipped} not run, '
                  f'{len(failures)} differ')
        total_ran += ran
        total_skipped += skipped
        all_failures += failures
    for failure in all_failures:
        print('\n' + failure)
    print(f'\n{total_ran} documented commands run, {total_skipped} not run, '
          f'{len(all_failures)} differ from their documentation')
    if total_ran == 0:
        print('no transcript found: the documents are this test\'s input')
        return 1
    return 1 if all_failures else 0


if __name__ == '__main__':
    sys.exit(main())
