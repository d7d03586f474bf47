// The verifying loose-object reader (see loose_objects.h). It sits in front
// of libgit2's loose backend in the object database: libgit2 asks it first,
// so libgit2's own inflate never sees a loose file; packed objects and
// objects written by libgit2 pass through untouched. Its cost is the same
// inflate libgit2 would have done (plus one failed open() for packed objects).
#include "archive/loose_objects.h"

#include <fcntl.h>
#include <git2/sys/odb_backend.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <set>

#include "archive/git_handles.h"
#include "yoy/util/error.h"

namespace yoy::archive_detail {

namespace {

// Deflate expands at most ~1032:1; a header claiming more than this for its
// file is lying (and must not make us allocate it).
constexpr std::size_t kMaxInflateRatio = 1032;
constexpr std::size_t kMaxHeader = 32;  // "commit 18446744073709551615\0" is 28 bytes

struct Damage : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string loose_path(const std::string& dir, const git_oid& id) {
  const std::string hex = git::hex(id);
  return dir + "/" + hex.substr(0, 2) + "/" + hex.substr(2);
}

// Opens a loose object file without blocking (a planted FIFO) and only if it is
// a regular file. Returns -1 when absent.
int open_loose(const std::string& path, std::size_t& size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return -1;
    throw Damage(std::string("cannot open: ") + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw Damage("not a regular file");
  }
  size = static_cast<std::size_t>(st.st_size);
  return fd;
}

std::string read_up_to(int fd, std::size_t limit) {
  std::string bytes(limit, '\0');
  std::size_t got = 0;
  while (got < limit) {
    ssize_t n = ::read(fd, bytes.data() + got, limit - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Damage(std::string("read error: ") + std::strerror(errno));
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

// The whole (compressed) file of a loose object; false when there is none.
bool read_loose_file(const std::string& path, std::string& compressed) {
  std::size_t size = 0;
  const int fd = open_loose(path, size);
  if (fd < 0) return false;
  try {
    compressed = read_up_to(fd, size);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return true;
}

struct Header {
  git_object_t type = GIT_OBJECT_INVALID;
  std::size_t size = 0;
  std::size_t length = 0;  // bytes of "<type> <size>\0"
};

// Parses "<type> <size>\0" at the start of `head`.
Header parse_header(const unsigned char* head, std::size_t n) {
  const auto* end = static_cast<const unsigned char*>(std::memchr(head, '\0', n));
  if (!end) throw Damage("no object header");
  const std::string text(reinterpret_cast<const char*>(head), static_cast<std::size_t>(end - head));
  const std::size_t space = text.find(' ');
  if (space == std::string::npos) throw Damage("malformed object header");
  Header h;
  const std::string type = text.substr(0, space);
  h.type = type == "commit" ? GIT_OBJECT_COMMIT
           : type == "tree" ? GIT_OBJECT_TREE
           : type == "blob" ? GIT_OBJECT_BLOB
           : type == "tag"  ? GIT_OBJECT_TAG
                            : GIT_OBJECT_INVALID;
  if (h.type == GIT_OBJECT_INVALID) throw Damage("unknown object type in its header");
  const std::string digits = text.substr(space + 1);
  if (digits.empty() || digits.size() > 19) throw Damage("malformed size in its header");
  for (char c : digits) {
    if (c < '0' || c > '9') throw Damage("malformed size in its header");
    h.size = h.size * 10 + static_cast<std::size_t>(c - '0');
  }
  h.length = text.size() + 1;
  return h;
}

class Inflater {
 public:
  explicit Inflater(const std::string& compressed) : in_(compressed) {
    if (in_.size() < 2 || (static_cast<unsigned char>(in_[0]) & 0x8f) != 0x08 ||
        ((static_cast<unsigned char>(in_[0]) << 8) | static_cast<unsigned char>(in_[1])) % 31 != 0)
      throw Damage("not a zlib stream");
    if (inflateInit(&zs_) != Z_OK) throw std::bad_alloc();
  }
  ~Inflater() { inflateEnd(&zs_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Inflates into out[0, n); returns the bytes produced. Never spins: a call
  // that neither consumes input nor produces output is the end of the input.
  std::size_t fill(unsigned char* out, std::size_t n) {
    std::size_t produced = 0;
    while (produced < n && !ended_) {
      if (zs_.avail_in == 0 && fed_ < in_.size()) {
        const std::size_t chunk = std::min<std::size_t>(in_.size() - fed_, 1u << 30);
        zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in_.data() + fed_));
        zs_.avail_in = static_cast<uInt>(chunk);
        fed_ += chunk;
      }
      const uInt want = static_cast<uInt>(std::min<std::size_t>(n - produced, 1u << 30));
      zs_.next_out = out + produced;
      zs_.avail_out = want;
      const uInt in_before = zs_.avail_in;
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      const std::size_t made = want - zs_.avail_out;
      produced += made;
      if (rc == Z_STREAM_END) {
        ended_ = true;
      } else if (rc == Z_MEM_ERROR) {
        throw std::bad_alloc();
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        throw Damage(std::string("corrupt zlib stream (") + (zs_.msg ? zs_.msg : "bad data") + ")");
      } else if (made == 0 && zs_.avail_in == in_before &&
                 !(zs_.avail_in == 0 && fed_ < in_.size())) {
        throw Damage("truncated: the zlib stream ends early");  // no progress, nothing left to feed
      }
    }
    return produced;
  }

  bool ended() const { return ended_; }
  bool trailing_bytes() const { return zs_.avail_in != 0 || fed_ != in_.size(); }

 private:
  const std::string& in_;
  z_stream zs_{};
  std::size_t fed_ = 0;
  bool ended_ = false;
};

// Verifies a whole loose file; the body goes to allocate(size + 1) (NUL
// terminated, as libgit2 keeps object data), or is only counted when
// allocate returns nullptr.
template <typename Allocate>
Header inflate_loose(const std::string& compressed, Allocate allocate, unsigned char** body) {
  Inflater inflater(compressed);
  unsigned char head[kMaxHeader];
  const std::size_t got = inflater.fill(head, sizeof head);
  const Header h = parse_header(head, got);
  if (h.size > compressed.size() * kMaxInflateRatio + 1024)
    throw Damage("its header claims " + std::to_string(h.size) +
                 " bytes, more than the file holds");
  const std::size_t early = got - h.length;  // body bytes inflated with the header
  if (early > h.size) throw Damage("its body is longer than its header says");
  unsigned char* out = allocate(h.size + 1);
  *body = out;
  std::size_t filled = early;
  if (out) std::memcpy(out, head + h.length, early);
  unsigned char scratch[65536];
  while (filled < h.size && !inflater.ended()) {
    const std::size_t want = out ? h.size - filled : std::min(sizeof scratch, h.size - filled);
    filled += inflater.fill(out ? out + filled : scratch, want);
  }
  if (filled < h.size) throw Damage("its body is shorter than its header says");
  unsigned char extra;
  if (!inflater.ended() && inflater.fill(&extra, 1) != 0)
    throw Damage("its body is longer than its header says");
  if (!inflater.ended()) throw Damage("truncated: the zlib stream ends early");
  if (inflater.trailing_bytes()) throw Damage("garbage after the zlib stream");
  if (out) out[h.size] = '\0';
  return h;
}

std::string damaged(const std::string& path, const git_oid& id, const std::string& why) {
  // "objects/73/a479...": where it is inside the repository (alternates: the full path).
  const std::size_t at = path.rfind("/objects/");
  const std::string shown = at == std::string::npos ? path : path.substr(at + 1);
  return "damaged object " + git::hex(id) + " (" + shown + "): " + why +
         "; `git fsck` lists the damage, and ingesting a damaged report's file again repairs it";
}

// ---- the odb backend ------------------------------------------------------

struct Guard {
  git_odb_backend parent;          // first: libgit2 hands us this pointer
  std::vector<std::string>* dirs;  // objects directory, then alternates
};

const std::vector<std::string>& dirs_of(git_odb_backend* backend) {
  return *reinterpret_cast<Guard*>(backend)->dirs;
}

int fail(const std::string& message) {
  git_error_set_str(GIT_ERROR_ODB, message.c_str());
  return GIT_ERROR;
}

int guard_read(void** data, size_t* len, git_object_t* type, git_odb_backend* backend,
               const git_oid* id) {
  for (const std::string& dir : dirs_of(backend)) {
    const std::string path = loose_path(dir, *id);
    unsigned char* body = nullptr;
    try {
      std::string compressed;
      if (!read_loose_file(path, compressed)) continue;
      const Header h = inflate_loose(
          compressed,
          [&](std::size_t n) {
            auto* p = static_cast<unsigned char*>(git_odb_backend_data_alloc(backend, n));
            if (!p) throw std::bad_alloc();
            return p;
          },
          &body);
      *data = body;
      *len = h.size;
      *type = h.type;
      return 0;
    } catch (const Damage& e) {
      if (body) git_odb_backend_data_free(backend, body);
      return fail(damaged(path, *id, e.what()));
    } catch (const std::bad_alloc&) {
      if (body) git_odb_backend_data_free(backend, body);
      return fail("out of memory reading object " + git::hex(*id));
    }
  }
  return GIT_ENOTFOUND;
}

// The header of a loose object, from the file's first bytes when they suffice.
Header header_of(int fd, std::size_t file_size) {
  std::string start = read_up_to(fd, std::min<std::size_t>(file_size, 4096));
  for (;;) {
    try {
      Inflater inflater(start);
      unsigned char head[kMaxHeader];
      const Header h = parse_header(head, inflater.fill(head, sizeof head));
      if (h.size > file_size * kMaxInflateRatio + 1024)
        throw Damage("its header claims " + std::to_string(h.size) +
                     " bytes, more than the file holds");
      return h;
    } catch (const Damage&) {
      if (start.size() >= file_size) throw;  // the whole file: really damaged
      start += read_up_to(fd, file_size - start.size());
    }
  }
}

int guard_read_header(size_t* len, git_object_t* type, git_odb_backend* backend,
                      const git_oid* id) {
  for (const std::string& dir : dirs_of(backend)) {
    const std::string path = loose_path(dir, *id);
    try {
      std::size_t size = 0;
      const int fd = open_loose(path, size);
      if (fd < 0) continue;
      Header h;
      try {
        h = header_of(fd, size);
      } catch (...) {
        ::close(fd);
        throw;
      }
      ::close(fd);
      *len = h.size;
      *type = h.type;
      return 0;
    } catch (const Damage& e) {
      return fail(damaged(path, *id, e.what()));
    } catch (const std::bad_alloc&) {
      return fail("out of memory reading object " + git::hex(*id));
    }
  }
  return GIT_ENOTFOUND;
}

// Called before libgit2 writes an object it may already have: a damaged loose
// copy is removed (nonzero: "not here"), so the write stores sound bytes.
int guard_freshen(git_odb_backend* backend, const git_oid* id) {
  for (const std::string& dir : dirs_of(backend)) {
    const std::string path = loose_path(dir, *id);
    try {
      std::string compressed;
      if (!read_loose_file(path, compressed)) continue;
      unsigned char* body = nullptr;
      inflate_loose(
          compressed, [](std::size_t) -> unsigned char* { return nullptr; }, &body);
      return 0;  // sound (libgit2's loose backend touches it)
    } catch (const Damage&) {
      ::unlink(path.c_str());
      return 1;
    } catch (const std::bad_alloc&) {
      return 1;
    }
  }
  return 1;
}

int guard_foreach(git_odb_backend*, git_odb_foreach_cb, void*) {
  return 0;  // libgit2's loose backend lists the same objects
}

void guard_free(git_odb_backend* backend) {
  Guard* guard = reinterpret_cast<Guard*>(backend);
  delete guard->dirs;
  delete guard;
}

void add_alternates(const std::string& dir, int depth, std::vector<std::string>& out,
                    std::set<std::string>& seen) {
  if (!seen.insert(dir).second) return;
  out.push_back(dir);
  if (depth >= 5) return;  // libgit2 follows alternates five deep
  std::ifstream file(dir + "/info/alternates");
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    add_alternates(line[0] == '/' ? line : dir + "/" + line, depth + 1, out, seen);
  }
}

}  // namespace

bool read_loose_object(const std::string& objects_dir, const git_oid& id, LooseObject& out) {
  const std::string path = loose_path(objects_dir, id);
  try {
    std::string compressed;
    if (!read_loose_file(path, compressed)) return false;
    std::string body;
    unsigned char* start = nullptr;
    const Header h = inflate_loose(
        compressed,
        [&](std::size_t n) {
          body.resize(n);
          return reinterpret_cast<unsigned char*>(body.data());
        },
        &start);
    body.resize(h.size);
    out.type = h.type;
    out.body = std::move(body);
    return true;
  } catch (const Damage& e) {
    throw ArchiveError(damaged(path, id, e.what()));
  }
}

std::vector<std::string> object_directories(git_repository* repo) {
  std::string objects = git_repository_path(repo);
  if (!objects.empty() && objects.back() == '/') objects.pop_back();
  objects += "/objects";
  std::vector<std::string> out;
  std::set<std::string> seen;
  add_alternates(objects, 0, out, seen);
  return out;
}

void verify_loose_objects(const std::string& git_dir) {
  std::vector<std::string> dirs;
  std::set<std::string> seen;
  add_alternates(git_dir + "/objects", 0, dirs, seen);
  auto is_hex = [](const std::string& s, std::size_t n) {
    return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) {
             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
  };
  namespace fs = std::filesystem;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (fs::directory_iterator fan(dir, ec), end; !ec && fan != end; fan.increment(ec)) {
      const std::string prefix = fan->path().filename().string();
      if (!is_hex(prefix, 2) || !fan->is_directory(ec)) continue;
      std::error_code inner;
      for (fs::directory_iterator file(fan->path(), inner); !inner && file != end;
           file.increment(inner)) {
        const std::string rest = file->path().filename().string();
        if (!is_hex(rest, GIT_OID_HEXSZ - 2)) continue;  // tmp_obj_* of a writer, etc.
        git_oid id;
        if (git_oid_fromstr(&id, (prefix + rest).c_str()) != 0) continue;
        LooseObject object;
        read_loose_object(dir, id, object);
      }
    }
  }
}

void guard_loose_objects(git_repository* repo, const std::string& where) {
  git_odb* raw = nullptr;
  git::check(git_repository_odb(&raw, repo), where, "cannot open the object database");
  git::Odb odb(raw);
  auto* guard = new Guard{};
  git_odb_init_backend(&guard->parent, GIT_ODB_BACKEND_VERSION);
  guard->dirs = new std::vector<std::string>(object_directories(repo));
  guard->parent.read = guard_read;
  guard->parent.read_header = guard_read_header;
  guard->parent.freshen = guard_freshen;
  guard->parent.foreach = guard_foreach;
  guard->parent.free = guard_free;
  // Above libgit2's pack (2) and loose (1) backends: asked first.
  if (git_odb_add_backend(odb.get(), &guard->parent, 1000) < 0) {
    guard_free(&guard->parent);
    git::check(-1, where, "cannot guard the object database");
  }
}

}  // namespace yoy::archive_detail
