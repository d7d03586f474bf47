#!/usr/bin/env python3
"""The transcript test can fail: its matcher refuses drift, and a document whose
shown output differs from what yoy prints fails the run (usage: transcript_test.py YOY ROOT)."""
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import transcript  # noqa: E402

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


m = transcript.output_matches
expect(m(['a', 'b'], ['a', 'b']), 'equal lines match')
expect(not m(['a', 'b'], ['a', 'c']), 'a changed line is drift')
expect(not m(['a'], ['a', 'b']), 'an extra line is drift')
expect(not m(['a', 'b'], ['a']), 'a missing line is drift')
expect(m(['a', '...', 'z'], ['a', 'b', 'c', 'z']), '"..." stands for lines')
expect(m(['a', '...', 'z'], ['a', 'z']), '"..." stands for no line too')
expect(not m(['a', '...', 'z'], ['a', 'b']), 'the line after "..." must still come')
expect(m(['tip 87 words ...'], ['tip 87 words, 3 more']), 'a trailing "..." elides the rest')
expect(not m(['tip 87 words ...'], ['tip 86 words, 3 more']), 'the text before "..." must agree')
expect(m(['tip [..] words'], ['tip 86 words']), '[..] stands for text in a line')
expect(not m(['tip [..] words'], ['tip 86 lines']), '[..] keeps the rest of the line')

# End to end: a document that shows the wrong output fails; the right one passes.
yoy, root = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    # a miniature repository: the runner copies corpus/ and tests/fixtures/ from it
    os.makedirs(os.path.join(tmp, 'corpus'))
    os.makedirs(os.path.join(tmp, 'tests', 'fixtures'))
    doc = os.path.join(tmp, 'README.md')

    def run(text):
        with open(doc, 'w') as f:
            f.write(text)
        return subprocess.run([sys.executable, os.path.join(here, 'transcript.py'), '--yoy', yoy,
                               tmp], capture_output=True, text=True)

    r = run('Intro.\n\n    $ yoy dif\n    yoy: \'dif\' is not a yoy command. Did you mean \'diff\'? See \'yoy help\'.\n')
    expect(r.returncode == 0, 'a true transcript passes:\n' + r.stdout)
    r = run('Intro.\n\n    $ yoy dif\n    yoy: \'dif\' is not a yoy command. Did you mean \'dig\'? See \'yoy help\'.\n')
    expect(r.returncode == 1 and '1 differ' in r.stdout, 'a false transcript fails:\n' + r.stdout)
    r = run('Nothing to run.\n')
    expect(r.returncode == 1, 'no transcript at all is a failure, not a pass')
    r = run('<!-- transcript: skip not here -->\n\n    $ yoy dif\n    wrong\n')
    expect(r.returncode == 1 and '1 not run' in r.stdout, 'a skipped block is counted, never passed')

for failure in failures:
    print('FAIL:', failure)
print(f'{len(failures)} failures')
sys.exit(1 if failures else 0)
