// mpconform's node worker for the MicroPython webassembly port: one long-lived process, a fresh
// MicroPython instance per program (≈6 ms), frames of 4-byte big-endian length + JSON on stdin/stdout.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const modulePath = process.argv[2];
const { loadMicroPython } = await import(pathToFileURL(modulePath).href);

function readExact(n) {
  const buf = Buffer.alloc(n);
  let got = 0;
  while (got < n) {
    let r;
    try { r = fs.readSync(0, buf, got, n - got, null); } catch (e) { if (e.code === "EAGAIN") continue; throw e; }
    if (r === 0) process.exit(0);
    got += r;
  }
  return buf;
}

function send(header, payload) {
  const raw = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32BE(raw.length);
  fs.writeSync(1, Buffer.concat([len, raw, payload || Buffer.alloc(0)]));
}

readExact(readExact(4).readUInt32BE(0));  // the init frame: nothing in it concerns node
send({ ready: true, pid: process.pid });
for (;;) {
  const n = readExact(4).readUInt32BE(0);
  const req = JSON.parse(readExact(n).toString("utf8"));
  if (req.quit) process.exit(0);
  const chunks = [];
  let size = 0, truncated = false;
  const sink = (b) => {
    if (size + b.length > req.max_output) { truncated = true; return; }
    chunks.push(Buffer.from(b)); size += b.length;
  };
  const start = performance.now();
  let exitCode = 0, signal = null;
  try {
    const mp = await loadMicroPython({ linebuffer: false, stdout: sink, stderr: sink, heapsize: req.heapsize || 1048576 });
    const workdir = "/work";
    mp.FS.mkdir(workdir);
    const put = (dir, files) => {
      for (const [name, data] of files || []) {
        const full = path.posix.join(dir, name);
        mp.FS.mkdirTree ? mp.FS.mkdirTree(path.posix.dirname(full)) : null;
        mp.FS.writeFile(full, Buffer.from(data, "latin1"));
      }
    };
    put(workdir, req.files);
    put(workdir, req.data);  // the test folder's data files: the program's own copies, writable
    put("/lib", req.lib);    // library modules it imports (micropython-lib's unittest, say)
    mp.FS.chdir(workdir);
    mp.runPython("import sys\nsys.path.insert(0, '/work')\nif '/lib' not in sys.path:\n    sys.path.append('/lib')\ndel sys");
    try {
      mp.runPython(Buffer.from(req.source, "latin1").toString("utf8"));
    } catch (e) {
      if (e.name !== "PythonError") throw e;
      if (e.type === "SystemExit") {
        const m = /SystemExit: ?(\S*)\s*$/.exec(e.message);
        const arg = m ? m[1] : "";
        exitCode = arg === "" || arg === "None" ? 0 : (/^-?\d+$/.test(arg) ? Number(arg) & 0xff : 1);
        if (exitCode === 1 && !/^-?\d+$/.test(arg)) sink(Buffer.from(arg + "\n"));
      } else {
        sink(Buffer.from(e.message, "utf8"));
        exitCode = 1;
      }
    }
  } catch (e) {
    // Not a Python exception: the wasm instance trapped or aborted. That is a crash of the target.
    sink(Buffer.from(`mpconform wasm worker: ${e && e.stack || e}\n`));
    exitCode = null; signal = 6;
  }
  const out = Buffer.concat(chunks);
  send({ exit_code: exitCode, signal, timed_out: false, truncated, duration: (performance.now() - start) / 1000,
         length: out.length }, out);
}
