// Results that cannot be written: every command's standard output onto a
// full device (/dev/full), a full file system (a file-size limit) and a
// closed pipe is one line on stderr and exit 2, never a silent exit 0 with
// half the output. And -o onto streams: FIFOs, /dev/fd/N, "-".
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/pdf_samples.h"
#include "support/scratch_dir.h"
#include "support/tip_reports.h"

namespace fs = std::filesystem;
using namespace yoy::test;

namespace {

struct Outcome {
  int exit_code = -1;
  int signal = 0;
  std::string err;
};

struct StdoutTo {
  std::string path;  // opened for writing as stdout
  int fd = -1;       // or this descriptor
  bool ignore_sigpipe = false;
  std::size_t file_limit = 0;  // RLIMIT_FSIZE (SIGXFSZ ignored: EFBIG, as a full disk's ENOSPC)
};

// Runs yoy with stdout where `to` says and stderr captured (20 s deadline).
Outcome run_yoy(const std::vector<std::string>& args, const StdoutTo& to) {
  char err_name[] = "/tmp/yoy-output-err-XXXXXX";
  const int err_fd = ::mkstemp(err_name);
  ::unlink(err_name);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int out =
        to.fd >= 0 ? to.fd : ::open(to.path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(out, 1);
    ::dup2(err_fd, 2);
    if (to.ignore_sigpipe) ::signal(SIGPIPE, SIG_IGN);
    if (to.file_limit) {
      ::signal(SIGXFSZ, SIG_IGN);
      rlimit limit{to.file_limit, to.file_limit};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ::alarm(20);  // a hang fails the test instead of blocking it
    std::vector<char*> argv;
    std::string exe = YOY_EXE;
    argv.push_back(exe.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  Outcome outcome;
  if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  ::lseek(err_fd, 0, SEEK_SET);
  char buffer[4096];
  for (ssize_t n; (n = ::read(err_fd, buffer, sizeof buffer)) > 0;)
    outcome.err.append(buffer, static_cast<std::size_t>(n));
  ::close(err_fd);
  return outcome;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class Output : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir_ / "corpus/tip/2024/north-korea.txt", north_korea_2024());
    write_text(dir_ / "corpus/tip/2025/north-korea.txt", north_korea_2025());
    archive_ = dir_ / "archive";
    ASSERT_EQ(
        run_yoy({"--archive", archive_, "ingest", "-q", dir_ / "corpus"}, {dir_ / "ingest.out"})
            .exit_code,
        0);
  }
  std::vector<std::vector<std::string>> commands() const {
    auto a = [&](std::vector<std::string> args) {
      args.insert(args.begin(), {"--archive", archive_});
      return args;
    };
    return {a({"diff", "2024", "2025"}),
            a({"diff", "2024", "2025", "--format", "json"}),
            a({"cat", "north-korea@2025"}),
            a({"blame", "north-korea@2025"}),
            a({"log", "north-korea"}),
            a({"list"}),
            a({"check", "2024", "2025", "--format", "junit"}),
            a({"check", "2024", "2025", "--format", "github"}),
            a({"ingest", dir_ / "corpus"}),
            a({"list", "--format", "json"}),
            a({"ingest", dir_ / "corpus", "--format", "json"}),
            a({"check", "2024", "2025", "--format", "json"}),
            a({"summary", "2024", "2025", "-o", dir_ / "summary", "--format", "json"}),
            a({"diff", "2024", "2025", "--stat"}),
            a({"help", "diff"}),
            {"compare", dir_ / "corpus/tip/2024/north-korea.txt",
             dir_ / "corpus/tip/2025/north-korea.txt"},
            {"parse", dir_ / "corpus/tip/2025/north-korea.txt", "--format", "json"},
            {"--help"},
            {"--version"}};
  }
  ScratchDir dir_;
  std::string archive_;
};

bool one_line(const std::string& err) {
  return std::count(err.begin(), err.end(), '\n') == 1 && err.back() == '\n';
}

}  // namespace

TEST_F(Output, DevFullIsExitTwoWithOneLine) {
  for (const auto& command : commands()) {
    const Outcome r = run_yoy(command, {"/dev/full"});
    const std::string name = command[command[0] == "--archive" ? 2 : 0];
    EXPECT_EQ(r.exit_code, 2) << name << " signal " << r.signal << ": " << r.err;
    EXPECT_EQ(r.err, "yoy: cannot write standard output: No space left on device\n") << name;
  }
}

TEST_F(Output, AFullFileSystemIsExitTwoNotATruncatedFile) {
  // 8 KiB of room: the JSON ChangeSet (~36 KB) does not fit.
  const std::string out = dir_ / "changes.json";
  const Outcome r = run_yoy({"--archive", archive_, "diff", "2024", "2025", "--format", "json"},
                            {out, -1, false, 8192});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(one_line(r.err)) << r.err;
  EXPECT_NE(r.err.find("cannot write standard output: File too large"), std::string::npos) << r.err;
  // With room, the same command writes it all.
  const Outcome ok =
      run_yoy({"--archive", archive_, "diff", "2024", "2025", "--format", "json"}, {out});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_GT(fs::file_size(out), 8192u);
}

TEST_F(Output, AClosedPipeEndsTheCommandAsItEndsEveryFilter) {
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  ::close(pipe_fds[0]);  // the reader is gone before anything is written
  for (bool ignored : {false, true}) {
    const Outcome r =
        run_yoy({"--archive", archive_, "diff", "2024", "2025"}, {"", pipe_fds[1], ignored});
    if (ignored) {
      // SIGPIPE ignored (some CI runners): EPIPE, one line, exit 2.
      EXPECT_EQ(r.exit_code, 2) << r.err;
      EXPECT_EQ(r.err, "yoy: cannot write standard output: Broken pipe\n");
    } else {
      // As `git log | head`: ended by SIGPIPE, nothing on stderr.
      EXPECT_EQ(r.signal, SIGPIPE) << r.exit_code << r.err;
      EXPECT_EQ(r.err, "");
    }
  }
  ::close(pipe_fds[1]);
}

TEST_F(Output, DashOutputIsStandardOutput) {
  const std::string out = dir_ / "dash.txt";
  const Outcome r = run_yoy({"--archive", archive_, "diff", "2024", "2025", "-o", "-"}, {out});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(slurp(out).find("north-korea"), std::string::npos);
  EXPECT_FALSE(fs::exists("-"));
}

TEST_F(Output, OutputOntoAFifoOrADescriptorIsWrittenInPlace) {
  // A FIFO nobody writes would block the reading thread forever: fail instead.
  struct Deadline {
    Deadline() { ::alarm(60); }
    ~Deadline() { ::alarm(0); }
  } deadline;
  const std::string expected = slurp([&] {
    const std::string plain = dir_ / "plain.json";
    run_yoy({"--archive", archive_, "diff", "2024", "2025", "--format", "json"}, {plain});
    return plain;
  }());
  ASSERT_GT(expected.size(), 1000u);

  // A FIFO, directly and through a symlink: read by another thread while yoy writes.
  const std::string fifo = dir_ / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  fs::create_symlink(fifo, dir_ / "link");
  for (const std::string& target : {fifo, dir_ / "link"}) {
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });
    const Outcome r =
        run_yoy({"--archive", archive_, "diff", "2024", "2025", "--format", "json", "-o", target},
                {dir_ / "stdout"});
    reader.join();
    EXPECT_EQ(r.exit_code, 0) << target << r.err;
    EXPECT_EQ(received, expected) << target;
    EXPECT_TRUE(fs::is_fifo(fifo)) << "the FIFO was replaced by a file";
  }
  EXPECT_TRUE(fs::is_symlink(dir_ / "link"));

  // /dev/fd/N: the descriptor the caller opened (here a pipe).
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  std::string received;
  std::thread reader([&] {
    char buffer[65536];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;)
      received.append(buffer, static_cast<std::size_t>(n));
  });
  const int fd = ::dup2(pipe_fds[1], 7);
  ASSERT_EQ(fd, 7);
  const Outcome r = run_yoy(
      {"--archive", archive_, "diff", "2024", "2025", "--format", "json", "-o", "/dev/fd/7"},
      {dir_ / "stdout"});
  ::close(7);
  ::close(pipe_fds[1]);
  reader.join();
  ::close(pipe_fds[0]);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(received, expected);
}

TEST_F(Output, SplitsNarrativeListOnAFullDeviceIsExitTwo) {
  const std::string pdf = dir_ / "report.pdf";
  write_report_pdf(sample_report(sample_narratives(2025), 2025), pdf);
  const Outcome r =
      run_yoy({"split", pdf, "--year", "2025", "-o", dir_ / "editions", "-q"}, {"/dev/full"});
  EXPECT_EQ(r.exit_code, 2) << r.signal << r.err;
  EXPECT_EQ(r.err, "yoy: cannot write standard output: No space left on device\n");
  // The same split with room prints one line a narrative.
  const Outcome ok = run_yoy({"split", pdf, "--year", "2025", "-o", dir_ / "again", "-q"},
                             {dir_ / "narratives.txt"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  const std::string listed = slurp(dir_ / "narratives.txt");
  EXPECT_EQ(std::count(listed.begin(), listed.end(), '\n'), 4) << listed;
}
