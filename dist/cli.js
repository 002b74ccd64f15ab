#!/usr/bin/env node
import { createRequire as __memgateCreateRequire } from 'node:module'; const require = __memgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
var ExitCode, UsageError, MeasurementError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ExitCode = {
      /** Every workload passed the gate. */
      Passed: 0,
      /** The gate failed: a regression, an OOM kill or a failed workload. */
      GateFailed: 1,
      /** Invalid usage or configuration. */
      Usage: 2,
      /** The measurement could not be made (no usable cgroup, command not found). */
      Measurement: 3
    };
    UsageError = class extends Error {
      name = "UsageError";
      exitCode = ExitCode.Usage;
    };
    MeasurementError = class extends Error {
      name = "MeasurementError";
      exitCode = ExitCode.Measurement;
    };
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options3) {
        const [line, column] = getLineColFromPtr(options3.toml, options3.ptr);
        const codeblock = makeCodeBlock(options3.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options3);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p++);
  let first = c3;
  let isLiteral = c3 === 39;
  let isMultiline = c3 === ctx.s.charCodeAt(ctx.p) && c3 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c3 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c3 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c3 === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c3 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c3 === 120 || c3 === 117 || c3 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c3 === 120 ? 2 : c3 === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c3 === 32 || c3 === 9)) {
        state = 2;
      } else {
        if (c3 === 98)
          parsed += "\b";
        else if (c3 === 116)
          parsed += "	";
        else if (c3 === 110)
          parsed += "\n";
        else if (c3 === 102)
          parsed += "\f";
        else if (c3 === 114)
          parsed += "\r";
        else if (c3 === 101)
          parsed += "\x1B";
        else if (c3 === 34)
          parsed += '"';
        else if (c3 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c3 !== 32 && c3 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c3 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c3;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c3 = date.charCodeAt(date.length - 1)) !== 90 && c3 !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c3 = ctx.s.charCodeAt(ctx.p);
  if (c3 === 91 || c3 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c3 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c3 === 34 || c3 === 39) {
    return parseString(ctx);
  }
  if (c3 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c3 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c3 === 43 || c3 === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c3, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c3, end);
  }
  return parseNumber(ctx, ctx.p, c3, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c3 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c3 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c3 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c3 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c3 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c3 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c3 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c3 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c3 === 46)
      state = 2;
    else if (c3 === 101 || c3 === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c3))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (!state)
      state = 1;
    if (c3 === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c3 === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c3 === 101 || c3 === 69))
      state = 4;
    else if (state === 4 && (c3 === 43 || c3 === 45)) {
      state = 6;
    } else if (!isDigit(c3))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c3, underscore = 1;
  while (++ctx.p < ctx.s.length && (c3 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c3, endChr))) {
    if (c3 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c3, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c3, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c3, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c3 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c3 !== 84 && c3 !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c3 = ctx.s.charCodeAt(ctx.p)) {
    if (c3 === 90 || c3 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c3 === 43 || c3 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c3, endChr) {
  let start = ctx.p;
  if (!isDigit(c3) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c3, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c3 = ctx.s.charCodeAt(ctx.p);
    if (c3 === 10)
      break;
    if (c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c3 < 32 && c3 !== 9 || c3 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c3;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c3 = ctx.s.charCodeAt(ctx.p)) === 32 || c3 === 9 || !banNewLines && (c3 === 10 || c3 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c3 !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c3 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c3 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c3 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c3 === 34 || c3 === 39)) {
      if (c3 === ctx.s.charCodeAt(ctx.p + 1) && c3 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c3 === 32 || c3 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c3 < 48 && c3 !== 45 || c3 > 57 && c3 < 65 || c3 > 90 && c3 < 97 && c3 !== 95 || c3 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c3 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i2 = 0; i2 < key.length; i2++) {
      if (i2)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i2];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c3;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c3 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c3 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i2 = 0; i2 < key.length; i2++) {
    if (i2) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i2];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i2 < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options3 = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options3.maxDepth ?? 1e3,
    bi: options3.integersAsBigInt ?? false,
    ld: options3.useLegacyDate ?? true,
    uk: options3.unsafeKeyBehaviour === "throw" ? 2 : options3.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/units/size.ts
function parseSize(value, what = "size") {
  const text = String(value).trim();
  const match = sizePattern.exec(text);
  if (match === null) {
    throw new UsageError(
      `Invalid ${what} "${value}": write a whole number of bytes or a number with a unit, such as 512MiB or 512Mi (powers of 1024) or 512MB or 512M (powers of 1000).`
    );
  }
  const [, amount, binary, decimal] = match;
  if (!binary && !decimal && amount.includes(".")) {
    throw new UsageError(
      `Invalid ${what} "${value}": a number without a unit is a whole number of bytes; add a unit for fractions, such as 1.5GiB or 1.5GB.`
    );
  }
  const factor = binary ? binaryUnits[binary] : decimal ? decimalUnits[decimal] : 1;
  const bytes = Math.round(Number(amount) * factor);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(
      `Invalid ${what} "${value}": it must be greater than 0 bytes and below 8 PiB, such as 512MiB or 512MB.`
    );
  }
  return bytes;
}
function formatBytes(bytes, fractionDigits = 1) {
  const sign = bytes < 0 ? "-" : "";
  let value = Math.abs(bytes);
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index += 1;
  }
  const digits = index === 0 ? 0 : fractionDigits;
  return `${sign}${value.toFixed(digits)} ${units[index]}`;
}
function formatDeltaMiB(bytes) {
  const mib = bytes / 1024 ** 2;
  let sign = "\xB1";
  if (bytes > 0) sign = "+";
  if (bytes < 0) sign = "-";
  return `${sign}${Math.abs(mib).toFixed(1)} MiB`;
}
var binaryUnits, decimalUnits, sizePattern;
var init_size = __esm({
  "src/units/size.ts"() {
    "use strict";
    init_errors();
    binaryUnits = {
      Ki: 1024,
      Mi: 1024 ** 2,
      Gi: 1024 ** 3,
      Ti: 1024 ** 4
    };
    decimalUnits = {
      K: 1e3,
      M: 1e3 ** 2,
      G: 1e3 ** 3,
      T: 1e3 ** 4
    };
    sizePattern = /^(\d+(?:\.\d+)?)(?:(Ki|Mi|Gi|Ti)B?|(K|M|G|T)B?)?$/;
  }
});

// src/config/fields.ts
function describeLocation(location) {
  return location.workload === void 0 ? location.file : `${location.file}, workload "${location.workload}"`;
}
function fail(location, key, problem) {
  throw new UsageError(`${describeLocation(location)}: "${key}" ${problem}`);
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function rejectUnknownKeys(table, accepted, location) {
  for (const key of Object.keys(table)) {
    if (!accepted.includes(key)) {
      throw new UsageError(
        `${describeLocation(location)}: unknown key "${key}". Accepted keys: ${accepted.join(", ")}.`
      );
    }
  }
}
function readString(value, key, at) {
  if (typeof value !== "string" || value.trim() === "") {
    fail(at, key, `must be a non-empty string, not ${JSON.stringify(value)}.`);
  }
  return value;
}
function readSize(value, key, at) {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
    fail(
      at,
      key,
      `must be a size such as "512MiB", not ${JSON.stringify(value)}.`
    );
  }
  try {
    return parseSize(String(value), key);
  } catch (error) {
    if (error instanceof UsageError) {
      throw new UsageError(`${describeLocation(at)}: ${error.message}`);
    }
    throw error;
  }
}
function readNumber(value, key, at, valid, expected) {
  const number = typeof value === "bigint" ? Number(value) : value;
  if (typeof number !== "number" || !valid(number)) {
    fail(at, key, `must be ${expected}, not ${JSON.stringify(String(value))}.`);
  }
  return number;
}
function readCount(value, key, at, maximum) {
  const valid = (number) => Number.isInteger(number) && number >= 1 && number <= maximum;
  return readNumber(
    value,
    key,
    at,
    valid,
    `a whole number from 1 to ${maximum}, such as 3`
  );
}
function readPositive(value, key, at, maximum) {
  const valid = (number) => Number.isFinite(number) && number > 0 && number <= maximum;
  return readNumber(
    value,
    key,
    at,
    valid,
    `a number greater than 0 and at most ${maximum}, such as 300`
  );
}
function readPercent(value, key, at) {
  const valid = (number) => Number.isFinite(number) && number >= 0;
  return readNumber(
    value,
    key,
    at,
    valid,
    "a percentage of 0 or more, such as 10"
  );
}
function readEnv(value, key, at) {
  if (!isTable(value)) {
    fail(
      at,
      key,
      'must be a table of strings, such as { OMP_NUM_THREADS = "1" }.'
    );
  }
  const env = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== "string") {
      fail(
        at,
        `${key}.${name}`,
        `must be a string, such as "1", not ${JSON.stringify(String(text))}.`
      );
    }
    env[name] = text;
  }
  return env;
}
function readCommand(value, key, at) {
  if (typeof value === "string") {
    const example = JSON.stringify(value.trim().split(/\s+/));
    fail(
      at,
      key,
      `must be an array of strings, run without a shell: write ${example} instead of ${JSON.stringify(value)}.`
    );
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((part) => typeof part === "string")) {
    fail(
      at,
      key,
      'must be a non-empty array of strings, such as ["python3", "train.py"].'
    );
  }
  if (value[0] === "") {
    fail(at, key, "must start with a program name, not an empty string.");
  }
  return value;
}
var init_fields = __esm({
  "src/config/fields.ts"() {
    "use strict";
    init_errors();
    init_size();
  }
});

// src/config/types.ts
var DEFAULT_LIMIT_BYTES, DEFAULT_REPEAT, DEFAULT_TIMEOUT_SECONDS, MAX_REPEAT, MAX_TIMEOUT_SECONDS;
var init_types = __esm({
  "src/config/types.ts"() {
    "use strict";
    DEFAULT_LIMIT_BYTES = 512 * 1024 ** 2;
    DEFAULT_REPEAT = 1;
    DEFAULT_TIMEOUT_SECONDS = 600;
    MAX_REPEAT = 1e3;
    MAX_TIMEOUT_SECONDS = 2147483;
  }
});

// src/config/validate.ts
import path from "node:path";
function readDefaults(table, at) {
  const folder = path.dirname(at.file);
  const defaults = {
    limitBytes: DEFAULT_LIMIT_BYTES,
    repeat: DEFAULT_REPEAT,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    cwd: folder,
    env: {}
  };
  return applyShared(defaults, table, at, folder);
}
function applyShared(base, table, at, folder) {
  const result = { ...base, env: { ...base.env } };
  if (table.limit !== void 0)
    result.limitBytes = readSize(table.limit, "limit", at);
  if (table.repeat !== void 0)
    result.repeat = readCount(table.repeat, "repeat", at, MAX_REPEAT);
  if (table.timeout !== void 0) {
    result.timeoutSeconds = readPositive(
      table.timeout,
      "timeout",
      at,
      MAX_TIMEOUT_SECONDS
    );
  }
  if (table.cwd !== void 0) {
    result.cwd = path.resolve(folder, readString(table.cwd, "cwd", at));
  }
  if (table.env !== void 0)
    Object.assign(result.env, readEnv(table.env, "env", at));
  if (table["max-increase"] !== void 0) {
    result.maxIncreasePercent = readPercent(
      table["max-increase"],
      "max-increase",
      at
    );
  }
  if (table["max-increase-bytes"] !== void 0) {
    result.maxIncreaseBytes = readSize(
      table["max-increase-bytes"],
      "max-increase-bytes",
      at
    );
  }
  return result;
}
function readWorkload(table, index, defaults, file) {
  const position = { file, workload: `#${index + 1}` };
  if (!isTable(table)) {
    throw new UsageError(
      `${file}: "workload" must be an array of tables, written as [[workload]] sections.`
    );
  }
  const name = readString(table.name, "name", position);
  const at = { file, workload: name };
  rejectUnknownKeys(table, WORKLOAD_KEYS, at);
  const command = readCommand(table.command, "command", at);
  const inherited = { ...defaults };
  delete inherited.maxIncreasePercent;
  delete inherited.maxIncreaseBytes;
  const settings = applyShared(inherited, table, at, path.dirname(file));
  return { name, command, ...settings };
}
function validateConfig(table, file) {
  const at = { file };
  rejectUnknownKeys(table, TOP_LEVEL_KEYS, at);
  const defaults = readDefaults(table, at);
  const list = table.workload;
  if (list === void 0 || Array.isArray(list) && list.length === 0) {
    throw new UsageError(
      `${file}: no workloads. Add at least one [[workload]] section with a name and a command.`
    );
  }
  if (!Array.isArray(list)) {
    throw new UsageError(
      `${file}: "workload" must be an array of tables, written as [[workload]] sections.`
    );
  }
  const workloads = list.map(
    (entry, index) => readWorkload(entry, index, defaults, file)
  );
  rejectDuplicateNames(workloads, file);
  const config = { file, workloads };
  if (defaults.maxIncreasePercent !== void 0)
    config.maxIncreasePercent = defaults.maxIncreasePercent;
  if (defaults.maxIncreaseBytes !== void 0)
    config.maxIncreaseBytes = defaults.maxIncreaseBytes;
  if (table.headroom !== void 0)
    config.headroomPercent = readPercent(table.headroom, "headroom", at);
  return config;
}
function rejectDuplicateNames(workloads, file) {
  const seen = /* @__PURE__ */ new Set();
  for (const { name } of workloads) {
    if (seen.has(name)) {
      throw new UsageError(
        `${file}: two workloads are named "${name}". Give each workload its own name.`
      );
    }
    seen.add(name);
  }
}
var sharedKeys, TOP_LEVEL_KEYS, WORKLOAD_KEYS;
var init_validate = __esm({
  "src/config/validate.ts"() {
    "use strict";
    init_errors();
    init_fields();
    init_types();
    sharedKeys = [
      "limit",
      "repeat",
      "timeout",
      "cwd",
      "env",
      "max-increase",
      "max-increase-bytes"
    ];
    TOP_LEVEL_KEYS = [...sharedKeys, "headroom", "workload"];
    WORKLOAD_KEYS = ["name", "command", ...sharedKeys];
  }
});

// src/config/load.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";
async function readText(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(
      `Cannot read the configuration file ${file}: ${error.message}`
    );
  }
}
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const detail = error.message.replace(/^Invalid TOML document: /, "").split("\n")[0];
      throw new UsageError(
        `${file}:${error.line}:${error.column}: malformed TOML (${detail}). Fix the syntax at that line.`
      );
    }
    throw error;
  }
}
function selectTable(table, file) {
  if (path2.basename(file) !== "pyproject.toml") return table;
  const tool = table.tool;
  const memgate = isTable(tool) ? tool.memgate : void 0;
  return isTable(memgate) ? memgate : void 0;
}
async function loadConfig(file) {
  const absolute = path2.resolve(file);
  const text = await readText(absolute);
  if (text === void 0) {
    throw new UsageError(
      `Configuration file ${absolute} not found. Check the --config path, or create a memgate.toml with a [[workload]] section.`
    );
  }
  const table = selectTable(parseToml(text, absolute), absolute);
  if (table === void 0) {
    throw new UsageError(
      `${absolute} has no [tool.memgate] table. Add one with at least one [[tool.memgate.workload]] section.`
    );
  }
  return validateConfig(table, absolute);
}
async function findConfig(folder) {
  const memgateToml = path2.resolve(folder, "memgate.toml");
  if (await readText(memgateToml) !== void 0) return memgateToml;
  const pyproject = path2.resolve(folder, "pyproject.toml");
  const text = await readText(pyproject);
  if (text === void 0) return void 0;
  const table = selectTable(parseToml(text, pyproject), pyproject);
  return table === void 0 ? void 0 : pyproject;
}
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_dist();
    init_errors();
    init_fields();
    init_validate();
  }
});

// src/config/index.ts
var init_config = __esm({
  "src/config/index.ts"() {
    "use strict";
    init_load();
    init_validate();
    init_types();
  }
});

// src/report/types.ts
var REPORT_SCHEMA_VERSION, OUTCOME_SEVERITY;
var init_types2 = __esm({
  "src/report/types.ts"() {
    "use strict";
    REPORT_SCHEMA_VERSION = 1;
    OUTCOME_SEVERITY = [
      "timeout",
      "oom-killed",
      "killed",
      "failed",
      "ok"
    ];
  }
});

// src/sandbox/cgroup-files.ts
import { access, readdir, readFile as readFile2, realpath, rmdir } from "node:fs/promises";
import { join, relative, isAbsolute } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
async function readOptionalText(path11) {
  try {
    return await readFile2(path11, "utf8");
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    throw error;
  }
}
function parseFlatKeyed(text) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== void 0 && /^\d+$/.test(value)) {
      values.set(key, Number(value));
    }
  }
  return values;
}
async function readNumberFile(path11) {
  const text = (await readFile2(path11, "utf8")).trim();
  if (!/^\d+$/.test(text)) {
    throw new MeasurementError(
      `Unexpected content "${text}" in ${path11}: expected a whole number of bytes.`
    );
  }
  return Number(text);
}
async function readProcs(cgroupPath) {
  const text = await readOptionalText(join(cgroupPath, "cgroup.procs"));
  if (text === null) return [];
  return text.split("\n").filter((line) => line.trim() !== "").map(Number);
}
async function listCgroupTree(cgroupPath) {
  let entries;
  try {
    entries = await readdir(cgroupPath, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, "ENOENT")) return [];
    throw error;
  }
  const tree = [];
  for (const entry of entries) {
    if (entry.isDirectory()) {
      tree.push(...await listCgroupTree(join(cgroupPath, entry.name)));
    }
  }
  tree.push(cgroupPath);
  return tree;
}
function makeRunName(label) {
  const safe = label.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, 48);
  runCounter += 1;
  return `memgate-${safe || "run"}-${process.pid}-${runCounter}`;
}
function isErrno(error, code) {
  return error?.code === code;
}
async function removeCgroupDir(path11, remove = (p) => rmdir(p)) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await remove(path11);
      return;
    } catch (error) {
      if (isErrno(error, "ENOENT")) return;
      if (attempt >= 20) {
        throw new MeasurementError(
          `Failed to remove cgroup ${path11}: ${error.message}. Remove it by hand with 'rmdir ${path11}' once its processes have exited.`
        );
      }
      await sleep(50);
    }
  }
}
async function pathExists(path11) {
  return access(path11).then(
    () => true,
    () => false
  );
}
function sendSigkill(pid) {
  try {
    process.kill(pid, "SIGKILL");
  } catch (error) {
    if (isErrno(error, "EPERM")) return false;
    if (!isErrno(error, "ESRCH")) throw error;
  }
  return true;
}
async function resolveBelowMount(path11, mountPoint) {
  let real;
  try {
    real = await realpath(path11);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
    throw new MeasurementError(
      `The cgroup parent ${path11} does not exist. Create it below ${mountPoint} first, or give an existing cgroup with --cgroup-parent, either as a path below ${mountPoint} or relative to it.`
    );
  }
  const below = relative(await realpath(mountPoint), real);
  if (below.startsWith("..") || isAbsolute(below)) {
    throw new MeasurementError(
      `The cgroup parent ${path11} is not a cgroup: it lies outside the cgroup mount ${mountPoint}. Give a cgroup below that mount, such as ${join(mountPoint, path11)}.`
    );
  }
  return real;
}
var runCounter;
var init_cgroup_files = __esm({
  "src/sandbox/cgroup-files.ts"() {
    "use strict";
    init_errors();
    runCounter = 0;
  }
});

// src/sandbox/registry.ts
import { rmdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { setTimeout as sleep2 } from "node:timers/promises";
async function trackCreation(create) {
  if (stopping) {
    throw new MeasurementError(
      "memgate is stopping after a signal, so it creates no new cgroup."
    );
  }
  pendingCreations += 1;
  try {
    return await create();
  } finally {
    pendingCreations -= 1;
  }
}
function registerRun(run2) {
  liveRuns.add(run2);
}
function unregisterRun(run2) {
  liveRuns.delete(run2);
}
function registerWrapper(child) {
  if (stopping && child.pid !== void 0) sendSigkill(-child.pid);
  liveWrappers.add(child);
  child.once("exit", () => liveWrappers.delete(child));
}
function registerOwnedParent(parent) {
  ownedParents.set(parent.path, parent);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", removeOwnedParentsSync);
  }
}
function unregisterOwnedParent(path11) {
  ownedParents.delete(path11);
}
async function destroyAllRuns(options3 = {}) {
  if (options3.final === true) {
    stopping = true;
    for (let waited = 0; pendingCreations > 0; waited += 50) {
      if (waited >= CREATION_WAIT_MS) break;
      await sleep2(50);
    }
  }
  for (const child of liveWrappers) {
    if (child.pid !== void 0) sendSigkill(-child.pid);
  }
  const results = await Promise.allSettled(
    [...liveRuns].map((run2) => run2.destroy())
  );
  for (const parent of [...ownedParents.values()]) {
    results.push(...await Promise.allSettled([parent.remove()]));
  }
  const failure = results.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
}
function removeOwnedParentsSync() {
  for (const parent of ownedParents.values()) {
    try {
      if (parent.sudo === null) {
        rmdirSync(parent.path);
      } else {
        const [file, ...options3] = parent.sudo;
        spawnSync(file ?? "sudo", [...options3, "rmdir", parent.path]);
      }
    } catch {
    }
  }
}
var liveRuns, liveWrappers, ownedParents, exitHookInstalled, stopping, pendingCreations, CREATION_WAIT_MS;
var init_registry = __esm({
  "src/sandbox/registry.ts"() {
    "use strict";
    init_errors();
    init_cgroup_files();
    liveRuns = /* @__PURE__ */ new Set();
    liveWrappers = /* @__PURE__ */ new Set();
    ownedParents = /* @__PURE__ */ new Map();
    exitHookInstalled = false;
    stopping = false;
    pendingCreations = 0;
    CREATION_WAIT_MS = 5e3;
  }
});

// src/sandbox/cgroup-run.ts
import { join as join2 } from "node:path";
import { setTimeout as sleep3 } from "node:timers/promises";
var KILL_DEADLINE_MS, CgroupRun;
var init_cgroup_run = __esm({
  "src/sandbox/cgroup-run.ts"() {
    "use strict";
    init_errors();
    init_cgroup_files();
    init_registry();
    KILL_DEADLINE_MS = 1e4;
    CgroupRun = class {
      constructor(path11, writer) {
        this.path = path11;
        this.writer = writer;
        registerRun(this);
      }
      path;
      writer;
      destroying = null;
      wrap(command) {
        return this.writer.joinCommand(join2(this.path, "cgroup.procs"), command);
      }
      attach() {
      }
      /** Kills every process at once where the kernel allows it (v2 `cgroup.kill`). */
      async killAtOnce() {
      }
      async killAll() {
        await this.killAtOnce();
        const deadline = Date.now() + KILL_DEADLINE_MS;
        for (; ; ) {
          const pids = await this.readAllProcs();
          if (pids.length === 0) return;
          if (Date.now() > deadline) {
            throw new MeasurementError(
              `Processes ${pids.join(", ")} in cgroup ${this.path} survived SIGKILL for ${KILL_DEADLINE_MS / 1e3} s; they may be stuck in the kernel. Kill them and remove the cgroup by hand.`
            );
          }
          await Promise.all(pids.map((pid) => this.writer.kill(pid)));
          await sleep3(10);
        }
      }
      // Processes of the run's cgroup and of any child cgroup the workload made.
      async readAllProcs() {
        const tree = await listCgroupTree(this.path);
        const lists = await Promise.all(tree.map((path11) => readProcs(path11)));
        return lists.flat();
      }
      destroy() {
        this.destroying ??= this.killAndRemove();
        return this.destroying;
      }
      async killAndRemove() {
        try {
          await this.killAll();
          for (const path11 of await listCgroupTree(this.path)) {
            await removeCgroupDir(path11, (dir) => this.writer.rmdir(dir));
          }
          unregisterRun(this);
        } catch (error) {
          this.destroying = null;
          throw error;
        }
      }
    };
  }
});

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}
var init_is_plain_obj = __esm({
  "node_modules/is-plain-obj/index.js"() {
  }
});

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl, normalizeDenoExecPath, isDenoExecPath, normalizeFileUrl;
var init_file_url = __esm({
  "node_modules/execa/lib/arguments/file-url.js"() {
    safeNormalizeFileUrl = (file, name) => {
      const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
      if (typeof fileString !== "string") {
        throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
      }
      return fileString;
    };
    normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
    isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
    normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;
  }
});

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters;
var init_parameters = __esm({
  "node_modules/execa/lib/methods/parameters.js"() {
    init_is_plain_obj();
    init_file_url();
    normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
      const filePath = safeNormalizeFileUrl(rawFile, "First argument");
      const [commandArguments, options3] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
      if (!Array.isArray(commandArguments)) {
        throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
      }
      if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
        throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
      }
      const normalizedArguments = commandArguments.map(String);
      const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
      if (nullByteArgument !== void 0) {
        throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
      }
      if (!isPlainObject(options3)) {
        throw new TypeError(`Last argument must be an options object: ${options3}`);
      }
      return [filePath, normalizedArguments, options3];
    };
  }
});

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var objectToString, isArrayBuffer, isUint8Array, bufferToUint8Array, textEncoder, stringToUint8Array, textDecoder, uint8ArrayToString, joinToString, uint8ArraysToStrings, joinToUint8Array, stringsToUint8Arrays, concatUint8Arrays, getJoinLength;
var init_uint_array = __esm({
  "node_modules/execa/lib/utils/uint-array.js"() {
    ({ toString: objectToString } = Object.prototype);
    isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
    isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
    bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    textEncoder = new TextEncoder();
    stringToUint8Array = (string) => textEncoder.encode(string);
    textDecoder = new TextDecoder();
    uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
    joinToString = (uint8ArraysOrStrings, encoding) => {
      const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
      return strings.join("");
    };
    uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
      if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
        return uint8ArraysOrStrings;
      }
      const decoder = new StringDecoder(encoding);
      const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
      const finalString = decoder.end();
      return finalString === "" ? strings : [...strings, finalString];
    };
    joinToUint8Array = (uint8ArraysOrStrings) => {
      if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
        return uint8ArraysOrStrings[0];
      }
      return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
    };
    stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
    concatUint8Arrays = (uint8Arrays) => {
      const result = new Uint8Array(getJoinLength(uint8Arrays));
      let index = 0;
      for (const uint8Array of uint8Arrays) {
        result.set(uint8Array, index);
        index += uint8Array.length;
      }
      return result;
    };
    getJoinLength = (uint8Arrays) => {
      let joinLength = 0;
      for (const uint8Array of uint8Arrays) {
        joinLength += uint8Array.length;
      }
      return joinLength;
    };
  }
});

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";
var isTemplateString, parseTemplates, parseTemplate, splitByWhitespaces, DELIMITERS, ESCAPE_LENGTH, concatTokens, parseExpression, getSubprocessResult;
var init_template = __esm({
  "node_modules/execa/lib/methods/template.js"() {
    init_is_plain_obj();
    init_uint_array();
    isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
    parseTemplates = (templates, expressions) => {
      let tokens = [];
      for (const [index, template] of templates.entries()) {
        tokens = parseTemplate({
          templates,
          expressions,
          tokens,
          index,
          template
        });
      }
      if (tokens.length === 0) {
        throw new TypeError("Template script must not be empty");
      }
      const [file, ...commandArguments] = tokens;
      return [file, commandArguments, {}];
    };
    parseTemplate = ({ templates, expressions, tokens, index, template }) => {
      if (template === void 0) {
        throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
      }
      const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
      const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
      if (index === expressions.length) {
        return newTokens;
      }
      const expression = expressions[index];
      const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
      return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
    };
    splitByWhitespaces = (template, rawTemplate) => {
      if (rawTemplate.length === 0) {
        return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
      }
      const nextTokens = [];
      let templateStart = 0;
      const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
      for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
        const rawCharacter = rawTemplate[rawIndex];
        if (DELIMITERS.has(rawCharacter)) {
          if (templateStart !== templateIndex) {
            nextTokens.push(template.slice(templateStart, templateIndex));
          }
          templateStart = templateIndex + 1;
        } else if (rawCharacter === "\\") {
          const nextRawCharacter = rawTemplate[rawIndex + 1];
          if (nextRawCharacter === "\n") {
            templateIndex -= 1;
            rawIndex += 1;
          } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
            rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
          } else {
            rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
          }
        }
      }
      const trailingWhitespaces = templateStart === template.length;
      if (!trailingWhitespaces) {
        nextTokens.push(template.slice(templateStart));
      }
      return { nextTokens, leadingWhitespaces, trailingWhitespaces };
    };
    DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
    ESCAPE_LENGTH = { x: 3, u: 5 };
    concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
      ...tokens.slice(0, -1),
      `${tokens.at(-1)}${nextTokens[0]}`,
      ...nextTokens.slice(1)
    ];
    parseExpression = (expression) => {
      const typeOfExpression = typeof expression;
      if (typeOfExpression === "string") {
        return expression;
      }
      if (typeOfExpression === "number") {
        return String(expression);
      }
      if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
        return getSubprocessResult(expression);
      }
      if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
        throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
      }
      throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
    };
    getSubprocessResult = ({ stdout }) => {
      if (typeof stdout === "string") {
        return stdout;
      }
      if (isUint8Array(stdout)) {
        return uint8ArrayToString(stdout);
      }
      if (stdout === void 0) {
        throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
      }
      throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
    };
  }
});

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream, STANDARD_STREAMS, STANDARD_STREAMS_ALIASES, getStreamName;
var init_standard_stream = __esm({
  "node_modules/execa/lib/utils/standard-stream.js"() {
    isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
    STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
    STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
    getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;
  }
});

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";
var normalizeFdSpecificOptions, normalizeFdSpecificOption, getStdioLength, normalizeFdSpecificValue, normalizeOptionObject, compareFdName, getFdNameOrder, parseFdName, parseFd, FD_REGEXP, addDefaultValue, verboseDefault, DEFAULT_OPTIONS, FD_SPECIFIC_OPTIONS, getFdSpecificValue;
var init_specific = __esm({
  "node_modules/execa/lib/arguments/specific.js"() {
    init_is_plain_obj();
    init_standard_stream();
    normalizeFdSpecificOptions = (options3) => {
      const optionsCopy = { ...options3 };
      for (const optionName of FD_SPECIFIC_OPTIONS) {
        optionsCopy[optionName] = normalizeFdSpecificOption(options3, optionName);
      }
      return optionsCopy;
    };
    normalizeFdSpecificOption = (options3, optionName) => {
      const optionBaseArray = Array.from({ length: getStdioLength(options3) + 1 });
      const optionArray = normalizeFdSpecificValue(options3[optionName], optionBaseArray, optionName);
      return addDefaultValue(optionArray, optionName);
    };
    getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
    normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
    normalizeOptionObject = (optionValue, optionArray, optionName) => {
      for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
        for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
          optionArray[fdNumber] = optionValue[fdName];
        }
      }
      return optionArray;
    };
    compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
    getFdNameOrder = (fdName) => {
      if (fdName === "stdout" || fdName === "stderr") {
        return 0;
      }
      return fdName === "all" ? 2 : 1;
    };
    parseFdName = (fdName, optionName, optionArray) => {
      if (fdName === "ipc") {
        return [optionArray.length - 1];
      }
      const fdNumber = parseFd(fdName);
      if (fdNumber === void 0 || fdNumber === 0) {
        throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
      }
      if (fdNumber >= optionArray.length) {
        throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
      }
      return fdNumber === "all" ? [1, 2] : [fdNumber];
    };
    parseFd = (fdName) => {
      if (fdName === "all") {
        return fdName;
      }
      if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
        return STANDARD_STREAMS_ALIASES.indexOf(fdName);
      }
      const regexpResult = FD_REGEXP.exec(fdName);
      if (regexpResult !== null) {
        return Number(regexpResult[1]);
      }
    };
    FD_REGEXP = /^fd(\d+)$/;
    addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
    verboseDefault = debuglog("execa").enabled ? "full" : "none";
    DEFAULT_OPTIONS = {
      lines: false,
      buffer: true,
      maxBuffer: 1e3 * 1e3 * 100,
      verbose: verboseDefault,
      stripFinalNewline: true
    };
    FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
    getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];
  }
});

// node_modules/execa/lib/verbose/values.js
var isVerbose, isFullVerbose, getVerboseFunction, getFdVerbose, getFdGenericVerbose, isVerboseFunction, VERBOSE_VALUES;
var init_values = __esm({
  "node_modules/execa/lib/verbose/values.js"() {
    init_specific();
    isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
    isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
    getVerboseFunction = ({ verbose }, fdNumber) => {
      const fdVerbose = getFdVerbose(verbose, fdNumber);
      return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
    };
    getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
    getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
    isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
    VERBOSE_VALUES = ["none", "short", "full"];
  }
});

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand, escapeLines, escapeControlCharacters, escapeControlCharacter, getSpecialCharRegExp, SPECIAL_CHAR_REGEXP, COMMON_ESCAPES, ASTRAL_START, quoteString, NO_ESCAPE_REGEXP;
var init_escape = __esm({
  "node_modules/execa/lib/arguments/escape.js"() {
    joinCommand = (filePath, rawArguments) => {
      const fileAndArguments = [filePath, ...rawArguments];
      const command = fileAndArguments.join(" ");
      const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
      return { command, escapedCommand };
    };
    escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
    escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
    escapeControlCharacter = (character) => {
      const commonEscape = COMMON_ESCAPES[character];
      if (commonEscape !== void 0) {
        return commonEscape;
      }
      const codepoint = character.codePointAt(0);
      const codepointHex = codepoint.toString(16);
      return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
    };
    getSpecialCharRegExp = () => {
      try {
        return new RegExp("\\p{Separator}|\\p{Other}", "gu");
      } catch {
        return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
      }
    };
    SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
    COMMON_ESCAPES = {
      " ": " ",
      "\b": "\\b",
      "\f": "\\f",
      "\n": "\\n",
      "\r": "\\r",
      "	": "\\t"
    };
    ASTRAL_START = 65535;
    quoteString = (escapedArgument) => {
      if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
        return escapedArgument;
      }
      return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
    };
    NO_ESCAPE_REGEXP = /^[\w./-]+$/;
  }
});

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}
var init_is_unicode_supported = __esm({
  "node_modules/is-unicode-supported/index.js"() {
  }
});

// node_modules/figures/index.js
var common, specialMainSymbols, specialFallbackSymbols, mainSymbols, fallbackSymbols, shouldUseMain, figures, figures_default, replacements;
var init_figures = __esm({
  "node_modules/figures/index.js"() {
    init_is_unicode_supported();
    common = {
      circleQuestionMark: "(?)",
      questionMarkPrefix: "(?)",
      square: "\u2588",
      squareDarkShade: "\u2593",
      squareMediumShade: "\u2592",
      squareLightShade: "\u2591",
      squareTop: "\u2580",
      squareBottom: "\u2584",
      squareLeft: "\u258C",
      squareRight: "\u2590",
      squareCenter: "\u25A0",
      bullet: "\u25CF",
      dot: "\u2024",
      ellipsis: "\u2026",
      pointerSmall: "\u203A",
      triangleUp: "\u25B2",
      triangleUpSmall: "\u25B4",
      triangleDown: "\u25BC",
      triangleDownSmall: "\u25BE",
      triangleLeftSmall: "\u25C2",
      triangleRightSmall: "\u25B8",
      home: "\u2302",
      heart: "\u2665",
      musicNote: "\u266A",
      musicNoteBeamed: "\u266B",
      arrowUp: "\u2191",
      arrowDown: "\u2193",
      arrowLeft: "\u2190",
      arrowRight: "\u2192",
      arrowLeftRight: "\u2194",
      arrowUpDown: "\u2195",
      almostEqual: "\u2248",
      notEqual: "\u2260",
      lessOrEqual: "\u2264",
      greaterOrEqual: "\u2265",
      identical: "\u2261",
      infinity: "\u221E",
      subscriptZero: "\u2080",
      subscriptOne: "\u2081",
      subscriptTwo: "\u2082",
      subscriptThree: "\u2083",
      subscriptFour: "\u2084",
      subscriptFive: "\u2085",
      subscriptSix: "\u2086",
      subscriptSeven: "\u2087",
      subscriptEight: "\u2088",
      subscriptNine: "\u2089",
      oneHalf: "\xBD",
      oneThird: "\u2153",
      oneQuarter: "\xBC",
      oneFifth: "\u2155",
      oneSixth: "\u2159",
      oneEighth: "\u215B",
      twoThirds: "\u2154",
      twoFifths: "\u2156",
      threeQuarters: "\xBE",
      threeFifths: "\u2157",
      threeEighths: "\u215C",
      fourFifths: "\u2158",
      fiveSixths: "\u215A",
      fiveEighths: "\u215D",
      sevenEighths: "\u215E",
      line: "\u2500",
      lineBold: "\u2501",
      lineDouble: "\u2550",
      lineDashed0: "\u2504",
      lineDashed1: "\u2505",
      lineDashed2: "\u2508",
      lineDashed3: "\u2509",
      lineDashed4: "\u254C",
      lineDashed5: "\u254D",
      lineDashed6: "\u2574",
      lineDashed7: "\u2576",
      lineDashed8: "\u2578",
      lineDashed9: "\u257A",
      lineDashed10: "\u257C",
      lineDashed11: "\u257E",
      lineDashed12: "\u2212",
      lineDashed13: "\u2013",
      lineDashed14: "\u2010",
      lineDashed15: "\u2043",
      lineVertical: "\u2502",
      lineVerticalBold: "\u2503",
      lineVerticalDouble: "\u2551",
      lineVerticalDashed0: "\u2506",
      lineVerticalDashed1: "\u2507",
      lineVerticalDashed2: "\u250A",
      lineVerticalDashed3: "\u250B",
      lineVerticalDashed4: "\u254E",
      lineVerticalDashed5: "\u254F",
      lineVerticalDashed6: "\u2575",
      lineVerticalDashed7: "\u2577",
      lineVerticalDashed8: "\u2579",
      lineVerticalDashed9: "\u257B",
      lineVerticalDashed10: "\u257D",
      lineVerticalDashed11: "\u257F",
      lineDownLeft: "\u2510",
      lineDownLeftArc: "\u256E",
      lineDownBoldLeftBold: "\u2513",
      lineDownBoldLeft: "\u2512",
      lineDownLeftBold: "\u2511",
      lineDownDoubleLeftDouble: "\u2557",
      lineDownDoubleLeft: "\u2556",
      lineDownLeftDouble: "\u2555",
      lineDownRight: "\u250C",
      lineDownRightArc: "\u256D",
      lineDownBoldRightBold: "\u250F",
      lineDownBoldRight: "\u250E",
      lineDownRightBold: "\u250D",
      lineDownDoubleRightDouble: "\u2554",
      lineDownDoubleRight: "\u2553",
      lineDownRightDouble: "\u2552",
      lineUpLeft: "\u2518",
      lineUpLeftArc: "\u256F",
      lineUpBoldLeftBold: "\u251B",
      lineUpBoldLeft: "\u251A",
      lineUpLeftBold: "\u2519",
      lineUpDoubleLeftDouble: "\u255D",
      lineUpDoubleLeft: "\u255C",
      lineUpLeftDouble: "\u255B",
      lineUpRight: "\u2514",
      lineUpRightArc: "\u2570",
      lineUpBoldRightBold: "\u2517",
      lineUpBoldRight: "\u2516",
      lineUpRightBold: "\u2515",
      lineUpDoubleRightDouble: "\u255A",
      lineUpDoubleRight: "\u2559",
      lineUpRightDouble: "\u2558",
      lineUpDownLeft: "\u2524",
      lineUpBoldDownBoldLeftBold: "\u252B",
      lineUpBoldDownBoldLeft: "\u2528",
      lineUpDownLeftBold: "\u2525",
      lineUpBoldDownLeftBold: "\u2529",
      lineUpDownBoldLeftBold: "\u252A",
      lineUpDownBoldLeft: "\u2527",
      lineUpBoldDownLeft: "\u2526",
      lineUpDoubleDownDoubleLeftDouble: "\u2563",
      lineUpDoubleDownDoubleLeft: "\u2562",
      lineUpDownLeftDouble: "\u2561",
      lineUpDownRight: "\u251C",
      lineUpBoldDownBoldRightBold: "\u2523",
      lineUpBoldDownBoldRight: "\u2520",
      lineUpDownRightBold: "\u251D",
      lineUpBoldDownRightBold: "\u2521",
      lineUpDownBoldRightBold: "\u2522",
      lineUpDownBoldRight: "\u251F",
      lineUpBoldDownRight: "\u251E",
      lineUpDoubleDownDoubleRightDouble: "\u2560",
      lineUpDoubleDownDoubleRight: "\u255F",
      lineUpDownRightDouble: "\u255E",
      lineDownLeftRight: "\u252C",
      lineDownBoldLeftBoldRightBold: "\u2533",
      lineDownLeftBoldRightBold: "\u252F",
      lineDownBoldLeftRight: "\u2530",
      lineDownBoldLeftBoldRight: "\u2531",
      lineDownBoldLeftRightBold: "\u2532",
      lineDownLeftRightBold: "\u252E",
      lineDownLeftBoldRight: "\u252D",
      lineDownDoubleLeftDoubleRightDouble: "\u2566",
      lineDownDoubleLeftRight: "\u2565",
      lineDownLeftDoubleRightDouble: "\u2564",
      lineUpLeftRight: "\u2534",
      lineUpBoldLeftBoldRightBold: "\u253B",
      lineUpLeftBoldRightBold: "\u2537",
      lineUpBoldLeftRight: "\u2538",
      lineUpBoldLeftBoldRight: "\u2539",
      lineUpBoldLeftRightBold: "\u253A",
      lineUpLeftRightBold: "\u2536",
      lineUpLeftBoldRight: "\u2535",
      lineUpDoubleLeftDoubleRightDouble: "\u2569",
      lineUpDoubleLeftRight: "\u2568",
      lineUpLeftDoubleRightDouble: "\u2567",
      lineUpDownLeftRight: "\u253C",
      lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
      lineUpDownBoldLeftBoldRightBold: "\u2548",
      lineUpBoldDownLeftBoldRightBold: "\u2547",
      lineUpBoldDownBoldLeftRightBold: "\u254A",
      lineUpBoldDownBoldLeftBoldRight: "\u2549",
      lineUpBoldDownLeftRight: "\u2540",
      lineUpDownBoldLeftRight: "\u2541",
      lineUpDownLeftBoldRight: "\u253D",
      lineUpDownLeftRightBold: "\u253E",
      lineUpBoldDownBoldLeftRight: "\u2542",
      lineUpDownLeftBoldRightBold: "\u253F",
      lineUpBoldDownLeftBoldRight: "\u2543",
      lineUpBoldDownLeftRightBold: "\u2544",
      lineUpDownBoldLeftBoldRight: "\u2545",
      lineUpDownBoldLeftRightBold: "\u2546",
      lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
      lineUpDoubleDownDoubleLeftRight: "\u256B",
      lineUpDownLeftDoubleRightDouble: "\u256A",
      lineCross: "\u2573",
      lineBackslash: "\u2572",
      lineSlash: "\u2571"
    };
    specialMainSymbols = {
      tick: "\u2714",
      info: "\u2139",
      warning: "\u26A0",
      cross: "\u2718",
      squareSmall: "\u25FB",
      squareSmallFilled: "\u25FC",
      circle: "\u25EF",
      circleFilled: "\u25C9",
      circleDotted: "\u25CC",
      circleDouble: "\u25CE",
      circleCircle: "\u24DE",
      circleCross: "\u24E7",
      circlePipe: "\u24BE",
      radioOn: "\u25C9",
      radioOff: "\u25EF",
      checkboxOn: "\u2612",
      checkboxOff: "\u2610",
      checkboxCircleOn: "\u24E7",
      checkboxCircleOff: "\u24BE",
      pointer: "\u276F",
      triangleUpOutline: "\u25B3",
      triangleLeft: "\u25C0",
      triangleRight: "\u25B6",
      lozenge: "\u25C6",
      lozengeOutline: "\u25C7",
      hamburger: "\u2630",
      smiley: "\u32E1",
      mustache: "\u0DF4",
      star: "\u2605",
      play: "\u25B6",
      nodejs: "\u2B22",
      oneSeventh: "\u2150",
      oneNinth: "\u2151",
      oneTenth: "\u2152"
    };
    specialFallbackSymbols = {
      tick: "\u221A",
      info: "i",
      warning: "\u203C",
      cross: "\xD7",
      squareSmall: "\u25A1",
      squareSmallFilled: "\u25A0",
      circle: "( )",
      circleFilled: "(*)",
      circleDotted: "( )",
      circleDouble: "( )",
      circleCircle: "(\u25CB)",
      circleCross: "(\xD7)",
      circlePipe: "(\u2502)",
      radioOn: "(*)",
      radioOff: "( )",
      checkboxOn: "[\xD7]",
      checkboxOff: "[ ]",
      checkboxCircleOn: "(\xD7)",
      checkboxCircleOff: "( )",
      pointer: ">",
      triangleUpOutline: "\u2206",
      triangleLeft: "\u25C4",
      triangleRight: "\u25BA",
      lozenge: "\u2666",
      lozengeOutline: "\u25CA",
      hamburger: "\u2261",
      smiley: "\u263A",
      mustache: "\u250C\u2500\u2510",
      star: "\u2736",
      play: "\u25BA",
      nodejs: "\u2666",
      oneSeventh: "1/7",
      oneNinth: "1/9",
      oneTenth: "1/10"
    };
    mainSymbols = { ...common, ...specialMainSymbols };
    fallbackSymbols = { ...common, ...specialFallbackSymbols };
    shouldUseMain = isUnicodeSupported();
    figures = shouldUseMain ? mainSymbols : fallbackSymbols;
    figures_default = figures;
    replacements = Object.entries(specialMainSymbols);
  }
});

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors, format, reset, bold, dim, italic, underline, underlineDouble, underlineCurly, underlineDotted, underlineDashed, overline, inverse, hidden, strikethrough, black, red, green, yellow, blue, magenta, cyan, white, gray, bgBlack, bgRed, bgGreen, bgYellow, bgBlue, bgMagenta, bgCyan, bgWhite, bgGray, redBright, greenBright, yellowBright, blueBright, magentaBright, cyanBright, whiteBright, bgRedBright, bgGreenBright, bgYellowBright, bgBlueBright, bgMagentaBright, bgCyanBright, bgWhiteBright, underlineBlack, underlineRed, underlineGreen, underlineYellow, underlineBlue, underlineMagenta, underlineCyan, underlineWhite, underlineGray, underlineRedBright, underlineGreenBright, underlineYellowBright, underlineBlueBright, underlineMagentaBright, underlineCyanBright, underlineWhiteBright;
var init_base = __esm({
  "node_modules/yoctocolors/base.js"() {
    hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
    format = (open, close) => {
      if (!hasColors) {
        return (input) => input;
      }
      const openCode = `\x1B[${open}m`;
      const closeCode = `\x1B[${close}m`;
      return (input) => {
        const string = input + "";
        let index = string.indexOf(closeCode);
        if (index === -1) {
          return openCode + string + closeCode;
        }
        let result = openCode;
        let lastIndex = 0;
        const reopenOnNestedClose = close === 22;
        const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
        while (index !== -1) {
          result += string.slice(lastIndex, index) + replaceCode;
          lastIndex = index + closeCode.length;
          index = string.indexOf(closeCode, lastIndex);
        }
        result += string.slice(lastIndex) + closeCode;
        return result;
      };
    };
    reset = format(0, 0);
    bold = format(1, 22);
    dim = format(2, 22);
    italic = format(3, 23);
    underline = format(4, 24);
    underlineDouble = format("4:2", 24);
    underlineCurly = format("4:3", 24);
    underlineDotted = format("4:4", 24);
    underlineDashed = format("4:5", 24);
    overline = format(53, 55);
    inverse = format(7, 27);
    hidden = format(8, 28);
    strikethrough = format(9, 29);
    black = format(30, 39);
    red = format(31, 39);
    green = format(32, 39);
    yellow = format(33, 39);
    blue = format(34, 39);
    magenta = format(35, 39);
    cyan = format(36, 39);
    white = format(37, 39);
    gray = format(90, 39);
    bgBlack = format(40, 49);
    bgRed = format(41, 49);
    bgGreen = format(42, 49);
    bgYellow = format(43, 49);
    bgBlue = format(44, 49);
    bgMagenta = format(45, 49);
    bgCyan = format(46, 49);
    bgWhite = format(47, 49);
    bgGray = format(100, 49);
    redBright = format(91, 39);
    greenBright = format(92, 39);
    yellowBright = format(93, 39);
    blueBright = format(94, 39);
    magentaBright = format(95, 39);
    cyanBright = format(96, 39);
    whiteBright = format(97, 39);
    bgRedBright = format(101, 49);
    bgGreenBright = format(102, 49);
    bgYellowBright = format(103, 49);
    bgBlueBright = format(104, 49);
    bgMagentaBright = format(105, 49);
    bgCyanBright = format(106, 49);
    bgWhiteBright = format(107, 49);
    underlineBlack = format("58;5;0", 59);
    underlineRed = format("58;5;1", 59);
    underlineGreen = format("58;5;2", 59);
    underlineYellow = format("58;5;3", 59);
    underlineBlue = format("58;5;4", 59);
    underlineMagenta = format("58;5;5", 59);
    underlineCyan = format("58;5;6", 59);
    underlineWhite = format("58;5;7", 59);
    underlineGray = format("58;5;8", 59);
    underlineRedBright = format("58;5;9", 59);
    underlineGreenBright = format("58;5;10", 59);
    underlineYellowBright = format("58;5;11", 59);
    underlineBlueBright = format("58;5;12", 59);
    underlineMagentaBright = format("58;5;13", 59);
    underlineCyanBright = format("58;5;14", 59);
    underlineWhiteBright = format("58;5;15", 59);
  }
});

// node_modules/yoctocolors/index.js
var init_yoctocolors = __esm({
  "node_modules/yoctocolors/index.js"() {
    init_base();
    init_base();
  }
});

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction, serializeTimestamp, padField, getFinalIcon, ICONS, identity, COLORS;
var init_default = __esm({
  "node_modules/execa/lib/verbose/default.js"() {
    init_figures();
    init_yoctocolors();
    defaultVerboseFunction = ({
      type,
      message,
      timestamp,
      piped,
      commandId,
      result: { failed = false } = {},
      options: { reject = true }
    }) => {
      const timestampString = serializeTimestamp(timestamp);
      const icon = ICONS[type]({ failed, reject, piped });
      const color = COLORS[type]({ reject });
      return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
    };
    serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
    padField = (field, padding) => String(field).padStart(padding, "0");
    getFinalIcon = ({ failed, reject }) => {
      if (!failed) {
        return figures_default.tick;
      }
      return reject ? figures_default.cross : figures_default.warning;
    };
    ICONS = {
      command: ({ piped }) => piped ? "|" : "$",
      output: () => " ",
      ipc: () => "*",
      error: getFinalIcon,
      duration: getFinalIcon
    };
    identity = (string) => string;
    COLORS = {
      command: () => bold,
      output: () => identity,
      ipc: () => identity,
      error: ({ reject }) => reject ? redBright : yellowBright,
      duration: () => gray
    };
  }
});

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines, applyVerboseFunction, appendNewline;
var init_custom = __esm({
  "node_modules/execa/lib/verbose/custom.js"() {
    init_values();
    applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
      const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
      return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
    };
    applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
      if (verboseFunction === void 0) {
        return verboseLine;
      }
      const printedLine = verboseFunction(verboseLine, verboseObject);
      if (typeof printedLine === "string") {
        return printedLine;
      }
    };
    appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;
  }
});

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";
var verboseLog, getVerboseObject, getPrintedLines, getPrintedLine, serializeVerboseMessage, TAB_SIZE;
var init_log = __esm({
  "node_modules/execa/lib/verbose/log.js"() {
    init_escape();
    init_default();
    init_custom();
    verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
      const verboseObject = getVerboseObject({ type, result, verboseInfo });
      const printedLines = getPrintedLines(verboseMessage, verboseObject);
      const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
      if (finalLines !== "") {
        console.warn(finalLines.slice(0, -1));
      }
    };
    getVerboseObject = ({
      type,
      result,
      verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options3 } }
    }) => ({
      type,
      escapedCommand,
      commandId: `${commandId}`,
      timestamp: /* @__PURE__ */ new Date(),
      piped,
      result,
      options: options3
    });
    getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
    getPrintedLine = (verboseObject) => {
      const verboseLine = defaultVerboseFunction(verboseObject);
      return { verboseLine, verboseObject };
    };
    serializeVerboseMessage = (message) => {
      const messageString = typeof message === "string" ? message : inspect(message);
      const escapedMessage = escapeLines(messageString);
      return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
    };
    TAB_SIZE = 2;
  }
});

// node_modules/execa/lib/verbose/start.js
var logCommand;
var init_start = __esm({
  "node_modules/execa/lib/verbose/start.js"() {
    init_values();
    init_log();
    logCommand = (escapedCommand, verboseInfo) => {
      if (!isVerbose(verboseInfo)) {
        return;
      }
      verboseLog({
        type: "command",
        verboseMessage: escapedCommand,
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo, getCommandId, COMMAND_ID, validateVerbose;
var init_info = __esm({
  "node_modules/execa/lib/verbose/info.js"() {
    init_values();
    getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
      validateVerbose(verbose);
      const commandId = getCommandId(verbose);
      return {
        verbose,
        escapedCommand,
        commandId,
        rawOptions
      };
    };
    getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
    COMMAND_ID = 0n;
    validateVerbose = (verbose) => {
      for (const fdVerbose of verbose) {
        if (fdVerbose === false) {
          throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
        }
        if (fdVerbose === true) {
          throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
        }
        if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
          const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
          throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
        }
      }
    };
  }
});

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime, getDurationMs;
var init_duration = __esm({
  "node_modules/execa/lib/return/duration.js"() {
    getStartTime = () => hrtime.bigint();
    getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;
  }
});

// node_modules/execa/lib/arguments/command.js
var handleCommand;
var init_command = __esm({
  "node_modules/execa/lib/arguments/command.js"() {
    init_start();
    init_info();
    init_duration();
    init_escape();
    init_specific();
    handleCommand = (filePath, rawArguments, rawOptions) => {
      const startTime = getStartTime();
      const { command, escapedCommand } = joinCommand(filePath, rawArguments);
      const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
      const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
      logCommand(escapedCommand, verboseInfo);
      return {
        command,
        escapedCommand,
        startTime,
        verboseInfo
      };
    };
  }
});

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path11, options3) {
      var pathext = options3.pathExt !== void 0 ? options3.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path11.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat2, path11, options3) {
      if (!stat2.isSymbolicLink() && !stat2.isFile()) {
        return false;
      }
      return checkPathExt(path11, options3);
    }
    function isexe(path11, options3, cb) {
      fs.stat(path11, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, path11, options3));
      });
    }
    function sync(path11, options3) {
      return checkStat(fs.statSync(path11), path11, options3);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path11, options3, cb) {
      fs.stat(path11, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, options3));
      });
    }
    function sync(path11, options3) {
      return checkStat(fs.statSync(path11), options3);
    }
    function checkStat(stat2, options3) {
      return stat2.isFile() && checkMode(stat2, options3);
    }
    function checkMode(stat2, options3) {
      var mod = stat2.mode;
      var uid = stat2.uid;
      var gid = stat2.gid;
      var myUid = options3.uid !== void 0 ? options3.uid : process.getuid && process.getuid();
      var myGid = options3.gid !== void 0 ? options3.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path11, options3, cb) {
      if (typeof options3 === "function") {
        cb = options3;
        options3 = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve5, reject) {
          isexe(path11, options3 || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve5(is);
            }
          });
        });
      }
      core(path11, options3 || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options3 && options3.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path11, options3) {
      try {
        return core.sync(path11, options3 || {});
      } catch (er) {
        if (options3 && options3.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path11 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i2) => new Promise((resolve5, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found.length ? resolve5(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path11.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve5(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve5, reject) => {
        if (ii === pathExt.length)
          return resolve5(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve5(p + ext);
          }
          return resolve5(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path11.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options3 = {}) => {
      const environment = options3.env || process.env;
      const platform2 = options3.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path11 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function getPathExt(env) {
      const key = Object.keys(env).find((name) => name.toUpperCase() === "PATHEXT");
      return key ? env[key] : void 0;
    }
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path11.delimiter : getPathExt(env)
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path11.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][!^"`<>&|;, *?])/g;
    var lineBreakRegExp = /[\r\n]/;
    function assertNoLineBreaks(arg) {
      if (lineBreakRegExp.test(arg)) {
        throw new TypeError("The command and its arguments cannot contain line breaks when executed through cmd.exe");
      }
    }
    function escapePercent(arg) {
      return arg.replace(/%/g, "%%cd:~,%");
    }
    function quoteArgument(arg, escapedQuote) {
      let quoted = '"';
      let backslashes = 0;
      for (const char of arg) {
        if (char === "\\") {
          backslashes += 1;
          continue;
        }
        if (char === '"') {
          quoted += "\\".repeat(backslashes * 2) + escapedQuote;
        } else {
          quoted += "\\".repeat(backslashes) + char;
        }
        backslashes = 0;
      }
      return `${quoted}${"\\".repeat(backslashes * 2)}"`;
    }
    function escapeCommand(arg) {
      assertNoLineBreaks(arg);
      return `"${escapePercent(arg)}"`;
    }
    function escapeArgument(arg) {
      arg = `${arg}`;
      assertNoLineBreaks(arg);
      arg = quoteArgument(arg, '\\"');
      arg = escapePercent(arg.replace(metaCharsRegExp, "^$1"));
      return arg;
    }
    function escapeBatchCommand(arg) {
      assertNoLineBreaks(arg);
      return `"${escapePercent(arg)}"`;
    }
    function escapeBatchArgument(arg) {
      arg = `${arg}`;
      assertNoLineBreaks(arg);
      return escapePercent(quoteArgument(arg, '""'));
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
    module.exports.batchCommand = escapeBatchCommand;
    module.exports.batchArgument = escapeBatchArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path11, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path11.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
      } catch (e) {
      } finally {
        if (fd !== void 0) {
          try {
            fs.closeSync(fd);
          } catch (e) {
          }
        }
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path11 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isBatchFileRegExp = /\.(?:bat|cmd)$/i;
    var trailingDotsAndSpacesRegExp = /[.\s]+$/;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function isBatchFile(parsed, commandFile) {
      if (commandFile) {
        return isBatchFileRegExp.test(commandFile.replace(trailingDotsAndSpacesRegExp, ""));
      }
      const command = parsed.command.replace(trailingDotsAndSpacesRegExp, "");
      const file = command !== parsed.command ? resolveCommand(Object.assign({}, parsed, { command })) : null;
      return isBatchFileRegExp.test(file || command);
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      parsed.command = parsed.command.replace(/"/g, "");
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        parsed.command = path11.normalize(parsed.command);
        if (isBatchFile(parsed, commandFile)) {
          parsed.command = escape.batchCommand(commandFile ? path11.normalize(commandFile) : parsed.command);
          parsed.args = parsed.args.map((arg) => escape.batchArgument(arg));
        } else {
          parsed.command = escape.command(parsed.command);
          parsed.args = parsed.args.map((arg) => escape.argument(arg));
        }
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/e:on", "/v:off", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse2(command, args, options3) {
      if (args && !Array.isArray(args)) {
        options3 = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options3 = Object.assign({}, options3);
      const parsed = {
        command,
        args,
        options: options3,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options3.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse2;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse2 = require_parse();
    var enoent = require_enoent();
    function spawn3(command, args, options3) {
      const parsed = parse2(command, args, options3);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync3(command, args, options3) {
      const parsed = parse2(command, args, options3);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn3;
    module.exports.spawn = spawn3;
    module.exports.sync = spawnSync3;
    module.exports._parse = parse2;
    module.exports._enoent = enoent;
  }
});

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options3 = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options3;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}
var init_path_key = __esm({
  "node_modules/npm-run-path/node_modules/path-key/index.js"() {
  }
});

// node_modules/unicorn-magic/default.js
var init_default2 = __esm({
  "node_modules/unicorn-magic/default.js"() {
  }
});

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path3 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path3.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path3.resolve(currentPath, "..");
      }
    }
  };
}
var execFileOriginal, TEN_MEGABYTES_IN_BYTES;
var init_node = __esm({
  "node_modules/unicorn-magic/node.js"() {
    init_default2();
    execFileOriginal = promisify(execFileCallback);
    TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;
  }
});

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path4 from "node:path";
var npmRunPath, applyPreferLocal, applyExecPath, npmRunPathEnv;
var init_npm_run_path = __esm({
  "node_modules/npm-run-path/index.js"() {
    init_path_key();
    init_node();
    npmRunPath = ({
      cwd = process4.cwd(),
      path: pathOption = process4.env[pathKey()],
      preferLocal = true,
      execPath: execPath2 = process4.execPath,
      addExecPath = true
    } = {}) => {
      const cwdPath = path4.resolve(toPath(cwd));
      const result = [];
      const pathParts = pathOption.split(path4.delimiter);
      if (preferLocal) {
        applyPreferLocal(result, pathParts, cwdPath);
      }
      if (addExecPath) {
        applyExecPath(result, pathParts, execPath2, cwdPath);
      }
      return pathOption === "" || pathOption === path4.delimiter ? `${result.join(path4.delimiter)}${pathOption}` : [...result, pathOption].join(path4.delimiter);
    };
    applyPreferLocal = (result, pathParts, cwdPath) => {
      for (const directory of traversePathUp(cwdPath)) {
        const pathPart = path4.join(directory, "node_modules/.bin");
        if (!pathParts.includes(pathPart)) {
          result.push(pathPart);
        }
      }
    };
    applyExecPath = (result, pathParts, execPath2, cwdPath) => {
      const pathPart = path4.resolve(cwdPath, toPath(execPath2), "..");
      if (!pathParts.includes(pathPart)) {
        result.push(pathPart);
      }
    };
    npmRunPathEnv = ({ env = process4.env, ...options3 } = {}) => {
      env = { ...env };
      const pathName = pathKey({ env });
      options3.path = env[pathName];
      env[pathName] = npmRunPath(options3);
      return env;
    };
  }
});

// node_modules/execa/lib/return/final-error.js
var getFinalError, DiscardedError, setErrorName, isExecaError, execaErrorSymbol, isErrorInstance, ExecaError, ExecaSyncError;
var init_final_error = __esm({
  "node_modules/execa/lib/return/final-error.js"() {
    getFinalError = (originalError, message, isSync) => {
      const ErrorClass = isSync ? ExecaSyncError : ExecaError;
      const options3 = originalError instanceof DiscardedError ? {} : { cause: originalError };
      return new ErrorClass(message, options3);
    };
    DiscardedError = class extends Error {
    };
    setErrorName = (ErrorClass, value) => {
      Object.defineProperty(ErrorClass.prototype, "name", {
        value,
        writable: true,
        enumerable: false,
        configurable: true
      });
      Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
        value: true,
        writable: false,
        enumerable: false,
        configurable: false
      });
    };
    isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
    execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
    isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
    ExecaError = class extends Error {
    };
    setErrorName(ExecaError, ExecaError.name);
    ExecaSyncError = class extends Error {
    };
    setErrorName(ExecaSyncError, ExecaSyncError.name);
  }
});

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals, getRealtimeSignal, SIGRTMIN, SIGRTMAX;
var init_realtime = __esm({
  "node_modules/human-signals/build/src/realtime.js"() {
    getRealtimeSignals = () => {
      const length = SIGRTMAX - SIGRTMIN + 1;
      return Array.from({ length }, getRealtimeSignal);
    };
    getRealtimeSignal = (value, index) => ({
      name: `SIGRT${index + 1}`,
      number: SIGRTMIN + index,
      action: "terminate",
      description: "Application-specific signal (realtime)",
      standard: "posix"
    });
    SIGRTMIN = 34;
    SIGRTMAX = 64;
  }
});

// node_modules/human-signals/build/src/core.js
var SIGNALS;
var init_core = __esm({
  "node_modules/human-signals/build/src/core.js"() {
    SIGNALS = [
      {
        name: "SIGHUP",
        number: 1,
        action: "terminate",
        description: "Terminal closed",
        standard: "posix"
      },
      {
        name: "SIGINT",
        number: 2,
        action: "terminate",
        description: "User interruption with CTRL-C",
        standard: "ansi"
      },
      {
        name: "SIGQUIT",
        number: 3,
        action: "core",
        description: "User interruption with CTRL-\\",
        standard: "posix"
      },
      {
        name: "SIGILL",
        number: 4,
        action: "core",
        description: "Invalid machine instruction",
        standard: "ansi"
      },
      {
        name: "SIGTRAP",
        number: 5,
        action: "core",
        description: "Debugger breakpoint",
        standard: "posix"
      },
      {
        name: "SIGABRT",
        number: 6,
        action: "core",
        description: "Aborted",
        standard: "ansi"
      },
      {
        name: "SIGIOT",
        number: 6,
        action: "core",
        description: "Aborted",
        standard: "bsd"
      },
      {
        name: "SIGBUS",
        number: 7,
        action: "core",
        description: "Bus error due to misaligned, non-existing address or paging error",
        standard: "bsd"
      },
      {
        name: "SIGEMT",
        number: 7,
        action: "terminate",
        description: "Command should be emulated but is not implemented",
        standard: "other"
      },
      {
        name: "SIGFPE",
        number: 8,
        action: "core",
        description: "Floating point arithmetic error",
        standard: "ansi"
      },
      {
        name: "SIGKILL",
        number: 9,
        action: "terminate",
        description: "Forced termination",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGUSR1",
        number: 10,
        action: "terminate",
        description: "Application-specific signal",
        standard: "posix"
      },
      {
        name: "SIGSEGV",
        number: 11,
        action: "core",
        description: "Segmentation fault",
        standard: "ansi"
      },
      {
        name: "SIGUSR2",
        number: 12,
        action: "terminate",
        description: "Application-specific signal",
        standard: "posix"
      },
      {
        name: "SIGPIPE",
        number: 13,
        action: "terminate",
        description: "Broken pipe or socket",
        standard: "posix"
      },
      {
        name: "SIGALRM",
        number: 14,
        action: "terminate",
        description: "Timeout or timer",
        standard: "posix"
      },
      {
        name: "SIGTERM",
        number: 15,
        action: "terminate",
        description: "Termination",
        standard: "ansi"
      },
      {
        name: "SIGSTKFLT",
        number: 16,
        action: "terminate",
        description: "Stack is empty or overflowed",
        standard: "other"
      },
      {
        name: "SIGCHLD",
        number: 17,
        action: "ignore",
        description: "Child process terminated, paused or unpaused",
        standard: "posix"
      },
      {
        name: "SIGCLD",
        number: 17,
        action: "ignore",
        description: "Child process terminated, paused or unpaused",
        standard: "other"
      },
      {
        name: "SIGCONT",
        number: 18,
        action: "unpause",
        description: "Unpaused",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGSTOP",
        number: 19,
        action: "pause",
        description: "Paused",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGTSTP",
        number: 20,
        action: "pause",
        description: 'Paused using CTRL-Z or "suspend"',
        standard: "posix"
      },
      {
        name: "SIGTTIN",
        number: 21,
        action: "pause",
        description: "Background process cannot read terminal input",
        standard: "posix"
      },
      {
        name: "SIGBREAK",
        number: 21,
        action: "terminate",
        description: "User interruption with CTRL-BREAK",
        standard: "other"
      },
      {
        name: "SIGTTOU",
        number: 22,
        action: "pause",
        description: "Background process cannot write to terminal output",
        standard: "posix"
      },
      {
        name: "SIGURG",
        number: 23,
        action: "ignore",
        description: "Socket received out-of-band data",
        standard: "bsd"
      },
      {
        name: "SIGXCPU",
        number: 24,
        action: "core",
        description: "Process timed out",
        standard: "bsd"
      },
      {
        name: "SIGXFSZ",
        number: 25,
        action: "core",
        description: "File too big",
        standard: "bsd"
      },
      {
        name: "SIGVTALRM",
        number: 26,
        action: "terminate",
        description: "Timeout or timer",
        standard: "bsd"
      },
      {
        name: "SIGPROF",
        number: 27,
        action: "terminate",
        description: "Timeout or timer",
        standard: "bsd"
      },
      {
        name: "SIGWINCH",
        number: 28,
        action: "ignore",
        description: "Terminal window size changed",
        standard: "bsd"
      },
      {
        name: "SIGIO",
        number: 29,
        action: "terminate",
        description: "I/O is available",
        standard: "other"
      },
      {
        name: "SIGPOLL",
        number: 29,
        action: "terminate",
        description: "Watched event",
        standard: "other"
      },
      {
        name: "SIGINFO",
        number: 29,
        action: "ignore",
        description: "Request for process information",
        standard: "other"
      },
      {
        name: "SIGPWR",
        number: 30,
        action: "terminate",
        description: "Device running out of power",
        standard: "systemv"
      },
      {
        name: "SIGSYS",
        number: 31,
        action: "core",
        description: "Invalid system call",
        standard: "other"
      },
      {
        name: "SIGUNUSED",
        number: 31,
        action: "terminate",
        description: "Invalid system call",
        standard: "other"
      }
    ];
  }
});

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";
var getSignals, normalizeSignal;
var init_signals = __esm({
  "node_modules/human-signals/build/src/signals.js"() {
    init_core();
    init_realtime();
    getSignals = () => {
      const realtimeSignals = getRealtimeSignals();
      const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
      return signals2;
    };
    normalizeSignal = ({
      name,
      number: defaultNumber,
      description,
      action,
      forced = false,
      standard
    }) => {
      const {
        signals: { [name]: constantSignal }
      } = constants;
      const supported = constantSignal !== void 0;
      const number = supported ? constantSignal : defaultNumber;
      return { name, number, description, supported, action, forced, standard };
    };
  }
});

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";
var getSignalsByName, getSignalByName, signalsByName, getSignalsByNumber, getSignalByNumber, findSignalByNumber, signalsByNumber;
var init_main = __esm({
  "node_modules/human-signals/build/src/main.js"() {
    init_realtime();
    init_signals();
    getSignalsByName = () => {
      const signals2 = getSignals();
      return Object.fromEntries(signals2.map(getSignalByName));
    };
    getSignalByName = ({
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }) => [name, { name, number, description, supported, action, forced, standard }];
    signalsByName = getSignalsByName();
    getSignalsByNumber = () => {
      const signals2 = getSignals();
      const length = SIGRTMAX + 1;
      const signalsA = Array.from(
        { length },
        (value, number) => getSignalByNumber(number, signals2)
      );
      return Object.assign({}, ...signalsA);
    };
    getSignalByNumber = (number, signals2) => {
      const signal = findSignalByNumber(number, signals2);
      if (signal === void 0) {
        return {};
      }
      const { name, description, supported, action, forced, standard } = signal;
      return {
        [number]: {
          name,
          number,
          description,
          supported,
          action,
          forced,
          standard
        }
      };
    };
    findSignalByNumber = (number, signals2) => {
      const signal = signals2.find(({ name }) => constants2.signals[name] === number);
      if (signal !== void 0) {
        return signal;
      }
      return signals2.find((signalA) => signalA.number === number);
    };
    signalsByNumber = getSignalsByNumber();
  }
});

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";
var normalizeKillSignal, normalizeSignalArgument, normalizeSignal2, normalizeSignalInteger, getSignalsIntegerToName, signalsIntegerToName, normalizeSignalName, getAvailableSignals, getAvailableSignalNames, getAvailableSignalIntegers, getSignalDescription;
var init_signal = __esm({
  "node_modules/execa/lib/terminate/signal.js"() {
    init_main();
    normalizeKillSignal = (killSignal) => {
      const optionName = "option `killSignal`";
      if (killSignal === 0) {
        throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
      }
      return normalizeSignal2(killSignal, optionName);
    };
    normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
    normalizeSignal2 = (signalNameOrInteger, optionName) => {
      if (Number.isInteger(signalNameOrInteger)) {
        return normalizeSignalInteger(signalNameOrInteger, optionName);
      }
      if (typeof signalNameOrInteger === "string") {
        return normalizeSignalName(signalNameOrInteger, optionName);
      }
      throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
    };
    normalizeSignalInteger = (signalInteger, optionName) => {
      if (signalsIntegerToName.has(signalInteger)) {
        return signalsIntegerToName.get(signalInteger);
      }
      throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
    };
    getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
    signalsIntegerToName = getSignalsIntegerToName();
    normalizeSignalName = (signalName, optionName) => {
      if (signalName in constants3.signals) {
        return signalName;
      }
      if (signalName.toUpperCase() in constants3.signals) {
        throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
      }
      throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
    };
    getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
    getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
    getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
    getSignalDescription = (signal) => signalsByName[signal].description;
  }
});

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";
var normalizeForceKillAfterDelay, DEFAULT_FORCE_KILL_TIMEOUT, subprocessKill, parseKillArguments, emitKillError, setKillTimeout, killOnTimeout;
var init_kill = __esm({
  "node_modules/execa/lib/terminate/kill.js"() {
    init_final_error();
    init_signal();
    normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
      if (forceKillAfterDelay === false) {
        return forceKillAfterDelay;
      }
      if (forceKillAfterDelay === true) {
        return DEFAULT_FORCE_KILL_TIMEOUT;
      }
      if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
        throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
      }
      return forceKillAfterDelay;
    };
    DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
    subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
      const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
      emitKillError(error, onInternalError);
      const killResult = kill(signal);
      setKillTimeout({
        kill,
        signal,
        forceKillAfterDelay,
        killSignal,
        killResult,
        context,
        controller
      });
      return killResult;
    };
    parseKillArguments = (signalOrError, errorArgument, killSignal) => {
      const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
      if (typeof signal !== "string" && !Number.isInteger(signal)) {
        throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
      }
      if (error !== void 0 && !isErrorInstance(error)) {
        throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
      }
      return { signal: normalizeSignalArgument(signal), error };
    };
    emitKillError = (error, onInternalError) => {
      if (error !== void 0) {
        onInternalError.reject(error);
      }
    };
    setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
      if (signal === killSignal && killResult) {
        killOnTimeout({
          kill,
          forceKillAfterDelay,
          context,
          controllerSignal: controller.signal
        });
      }
    };
    killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
      if (forceKillAfterDelay === false) {
        return;
      }
      try {
        await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
        if (kill("SIGKILL")) {
          context.isForcefullyTerminated ??= true;
        }
      } catch {
      }
    };
  }
});

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal;
var init_abort_signal = __esm({
  "node_modules/execa/lib/utils/abort-signal.js"() {
    onAbortedSignal = async (mainSignal, stopSignal) => {
      if (!mainSignal.aborted) {
        await once(mainSignal, "abort", { signal: stopSignal });
      }
    };
  }
});

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal, throwOnCancel, terminateOnCancel;
var init_cancel = __esm({
  "node_modules/execa/lib/terminate/cancel.js"() {
    init_abort_signal();
    validateCancelSignal = ({ cancelSignal }) => {
      if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
        throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
      }
    };
    throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
    terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
      await onAbortedSignal(cancelSignal, signal);
      context.terminationReason ??= "cancel";
      subprocess.kill();
      throw cancelSignal.reason;
    };
  }
});

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod, validateIpcOption, validateConnection, throwOnEarlyDisconnect, throwOnStrictDeadlockError, getStrictResponseError, throwOnMissingStrict, throwOnStrictDisconnect, getAbortDisconnectError, throwOnMissingParent, handleEpipeError, handleSerializationError, isSerializationError, SERIALIZATION_ERROR_CODES, SERIALIZATION_ERROR_MESSAGES, getMethodName, getNamespaceName, getOtherProcessName, disconnect;
var init_validation = __esm({
  "node_modules/execa/lib/ipc/validation.js"() {
    validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
      validateIpcOption(methodName, isSubprocess, ipc);
      validateConnection(methodName, isSubprocess, isConnected2);
    };
    validateIpcOption = (methodName, isSubprocess, ipc) => {
      if (!ipc) {
        throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
      }
    };
    validateConnection = (methodName, isSubprocess, isConnected2) => {
      if (!isConnected2) {
        throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
      }
    };
    throwOnEarlyDisconnect = (isSubprocess) => {
      throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
    };
    throwOnStrictDeadlockError = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
    };
    getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
    throwOnMissingStrict = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
    };
    throwOnStrictDisconnect = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
    };
    getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
    throwOnMissingParent = () => {
      throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
    };
    handleEpipeError = ({ error, methodName, isSubprocess }) => {
      if (error.code === "EPIPE") {
        throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
      }
    };
    handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
      if (isSerializationError(error)) {
        throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
      }
    };
    isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
    SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
      // Message is `undefined`
      "ERR_MISSING_ARGS",
      // Message is a function, a bigint, a symbol
      "ERR_INVALID_ARG_TYPE"
    ]);
    SERIALIZATION_ERROR_MESSAGES = [
      // Message is a promise or a proxy, with `serialization: 'advanced'`
      "could not be cloned",
      // Message has cycles, with `serialization: 'json'`
      "circular structure",
      // Message has cycles inside toJSON(), with `serialization: 'json'`
      "call stack size exceeded"
    ];
    getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
    getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
    getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
    disconnect = (anyProcess) => {
      if (anyProcess.connected) {
        anyProcess.disconnect();
      }
    };
  }
});

// node_modules/execa/lib/utils/deferred.js
var createDeferred;
var init_deferred = __esm({
  "node_modules/execa/lib/utils/deferred.js"() {
    createDeferred = () => {
      const methods = {};
      const promise = new Promise((resolve5, reject) => {
        Object.assign(methods, { resolve: resolve5, reject });
      });
      return Object.assign(promise, methods);
    };
  }
});

// node_modules/execa/lib/arguments/fd-options.js
var getToStream, getFromStream, SUBPROCESS_OPTIONS, getFdNumber, parseFdNumber, validateFdNumber, getInvalidStdioOptionMessage, getInvalidStdioOption, getUsedDescriptor, getOptionName, serializeOptionValue;
var init_fd_options = __esm({
  "node_modules/execa/lib/arguments/fd-options.js"() {
    init_specific();
    getToStream = (destination, to = "stdin") => {
      const isWritable = true;
      const { options: options3, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
      const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
      const destinationStream = destination.stdio[fdNumber];
      if (destinationStream === null) {
        throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options3, isWritable));
      }
      return destinationStream;
    };
    getFromStream = (source, from = "stdout") => {
      const isWritable = false;
      const { options: options3, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
      const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
      const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
      if (sourceStream === null || sourceStream === void 0) {
        throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options3, isWritable));
      }
      return sourceStream;
    };
    SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
    getFdNumber = (fileDescriptors, fdName, isWritable) => {
      const fdNumber = parseFdNumber(fdName, isWritable);
      validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
      return fdNumber;
    };
    parseFdNumber = (fdName, isWritable) => {
      const fdNumber = parseFd(fdName);
      if (fdNumber !== void 0) {
        return fdNumber;
      }
      const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
      throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
    };
    validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
      const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
      if (fileDescriptor === void 0) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
      }
      if (fileDescriptor.direction === "input" && !isWritable) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
      }
      if (fileDescriptor.direction !== "input" && isWritable) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
      }
    };
    getInvalidStdioOptionMessage = (fdNumber, fdName, options3, isWritable) => {
      if (fdNumber === "all" && !options3.all) {
        return `The "all" option must be true to use "from: 'all'".`;
      }
      const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options3);
      return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
    };
    getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
      const usedDescriptor = getUsedDescriptor(fdNumber);
      if (usedDescriptor === 0 && stdin !== void 0) {
        return { optionName: "stdin", optionValue: stdin };
      }
      if (usedDescriptor === 1 && stdout !== void 0) {
        return { optionName: "stdout", optionValue: stdout };
      }
      if (usedDescriptor === 2 && stderr !== void 0) {
        return { optionName: "stderr", optionValue: stderr };
      }
      return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
    };
    getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
    getOptionName = (isWritable) => isWritable ? "to" : "from";
    serializeOptionValue = (value) => {
      if (typeof value === "string") {
        return `'${value}'`;
      }
      return typeof value === "number" ? `${value}` : "Stream";
    };
  }
});

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners;
var init_max_listeners = __esm({
  "node_modules/execa/lib/utils/max-listeners.js"() {
    incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
      const maxListeners = eventEmitter.getMaxListeners();
      if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
        return;
      }
      eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
      addAbortListener(signal, () => {
        eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
      });
    };
  }
});

// node_modules/execa/lib/ipc/reference.js
var addReference, addReferenceCount, removeReference, removeReferenceCount, undoAddedReferences, redoAddedReferences;
var init_reference = __esm({
  "node_modules/execa/lib/ipc/reference.js"() {
    addReference = (channel, reference) => {
      if (reference) {
        addReferenceCount(channel);
      }
    };
    addReferenceCount = (channel) => {
      channel.refCounted();
    };
    removeReference = (channel, reference) => {
      if (reference) {
        removeReferenceCount(channel);
      }
    };
    removeReferenceCount = (channel) => {
      channel.unrefCounted();
    };
    undoAddedReferences = (channel, isSubprocess) => {
      if (isSubprocess) {
        removeReferenceCount(channel);
        removeReferenceCount(channel);
      }
    };
    redoAddedReferences = (channel, isSubprocess) => {
      if (isSubprocess) {
        addReferenceCount(channel);
        addReferenceCount(channel);
      }
    };
  }
});

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";
var onMessage, onDisconnect, INCOMING_MESSAGES;
var init_incoming = __esm({
  "node_modules/execa/lib/ipc/incoming.js"() {
    init_outgoing();
    init_reference();
    init_strict();
    init_graceful();
    onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
      if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
        return;
      }
      if (!INCOMING_MESSAGES.has(anyProcess)) {
        INCOMING_MESSAGES.set(anyProcess, []);
      }
      const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
      incomingMessages.push(wrappedMessage);
      if (incomingMessages.length > 1) {
        return;
      }
      while (incomingMessages.length > 0) {
        await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
        await scheduler.yield();
        const message = await handleStrictRequest({
          wrappedMessage: incomingMessages[0],
          anyProcess,
          channel,
          isSubprocess,
          ipcEmitter
        });
        incomingMessages.shift();
        ipcEmitter.emit("message", message);
        ipcEmitter.emit("message:done");
      }
    };
    onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
      abortOnDisconnect();
      const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
      while (incomingMessages?.length > 0) {
        await once2(ipcEmitter, "message:done");
      }
      anyProcess.removeListener("message", boundOnMessage);
      redoAddedReferences(channel, isSubprocess);
      ipcEmitter.connected = false;
      ipcEmitter.emit("disconnect");
    };
    INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";
var getIpcEmitter, IPC_EMITTERS, forwardEvents, isConnected;
var init_forward = __esm({
  "node_modules/execa/lib/ipc/forward.js"() {
    init_incoming();
    init_reference();
    getIpcEmitter = (anyProcess, channel, isSubprocess) => {
      if (IPC_EMITTERS.has(anyProcess)) {
        return IPC_EMITTERS.get(anyProcess);
      }
      const ipcEmitter = new EventEmitter();
      ipcEmitter.connected = true;
      IPC_EMITTERS.set(anyProcess, ipcEmitter);
      forwardEvents({
        ipcEmitter,
        anyProcess,
        channel,
        isSubprocess
      });
      return ipcEmitter;
    };
    IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
    forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
      const boundOnMessage = onMessage.bind(void 0, {
        anyProcess,
        channel,
        isSubprocess,
        ipcEmitter
      });
      anyProcess.on("message", boundOnMessage);
      anyProcess.once("disconnect", onDisconnect.bind(void 0, {
        anyProcess,
        channel,
        isSubprocess,
        ipcEmitter,
        boundOnMessage
      }));
      undoAddedReferences(channel, isSubprocess);
    };
    isConnected = (anyProcess) => {
      const ipcEmitter = IPC_EMITTERS.get(anyProcess);
      return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
    };
  }
});

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";
var handleSendStrict, count, validateStrictDeadlock, handleStrictRequest, handleStrictResponse, waitForStrictResponse, STRICT_RESPONSES, throwOnDisconnect, REQUEST_TYPE, RESPONSE_TYPE;
var init_strict = __esm({
  "node_modules/execa/lib/ipc/strict.js"() {
    init_deferred();
    init_max_listeners();
    init_send();
    init_validation();
    init_forward();
    init_outgoing();
    handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
      if (!strict) {
        return message;
      }
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
      return {
        id: count++,
        type: REQUEST_TYPE,
        message,
        hasListeners
      };
    };
    count = 0n;
    validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
      if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
        return;
      }
      for (const { id } of outgoingMessages) {
        if (id !== void 0) {
          STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
        }
      }
    };
    handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
      if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
        return wrappedMessage;
      }
      const { id, message } = wrappedMessage;
      const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
      try {
        await sendMessage({
          anyProcess,
          channel,
          isSubprocess,
          ipc: true
        }, response);
      } catch (error) {
        ipcEmitter.emit("strict:error", error);
      }
      return message;
    };
    handleStrictResponse = (wrappedMessage) => {
      if (wrappedMessage?.type !== RESPONSE_TYPE) {
        return false;
      }
      const { id, message: hasListeners } = wrappedMessage;
      STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
      return true;
    };
    waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
      if (wrappedMessage?.type !== REQUEST_TYPE) {
        return;
      }
      const deferred = createDeferred();
      STRICT_RESPONSES[wrappedMessage.id] = deferred;
      const controller = new AbortController();
      try {
        const { isDeadlock, hasListeners } = await Promise.race([
          deferred,
          throwOnDisconnect(anyProcess, isSubprocess, controller)
        ]);
        if (isDeadlock) {
          throwOnStrictDeadlockError(isSubprocess);
        }
        if (!hasListeners) {
          throwOnMissingStrict(isSubprocess);
        }
      } finally {
        controller.abort();
        delete STRICT_RESPONSES[wrappedMessage.id];
      }
    };
    STRICT_RESPONSES = {};
    throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
      incrementMaxListeners(anyProcess, 1, signal);
      await once3(anyProcess, "disconnect", { signal });
      throwOnStrictDisconnect(isSubprocess);
    };
    REQUEST_TYPE = "execa:ipc:request";
    RESPONSE_TYPE = "execa:ipc:response";
  }
});

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage, endSendMessage, waitForOutgoingMessages, OUTGOING_MESSAGES, hasMessageListeners, getMinListenerCount;
var init_outgoing = __esm({
  "node_modules/execa/lib/ipc/outgoing.js"() {
    init_deferred();
    init_specific();
    init_fd_options();
    init_strict();
    startSendMessage = (anyProcess, wrappedMessage, strict) => {
      if (!OUTGOING_MESSAGES.has(anyProcess)) {
        OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
      }
      const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
      const onMessageSent = createDeferred();
      const id = strict ? wrappedMessage.id : void 0;
      const outgoingMessage = { onMessageSent, id };
      outgoingMessages.add(outgoingMessage);
      return { outgoingMessages, outgoingMessage };
    };
    endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
      outgoingMessages.delete(outgoingMessage);
      outgoingMessage.onMessageSent.resolve();
    };
    waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
      while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
        const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
        validateStrictDeadlock(outgoingMessages, wrappedMessage);
        await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
      }
    };
    OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
    hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
    getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;
  }
});

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";
var sendMessage, sendMessageAsync, sendOneMessage, getSendMethod, PROCESS_SEND_METHODS;
var init_send = __esm({
  "node_modules/execa/lib/ipc/send.js"() {
    init_validation();
    init_outgoing();
    init_strict();
    sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
      const methodName = "sendMessage";
      validateIpcMethod({
        methodName,
        isSubprocess,
        ipc,
        isConnected: anyProcess.connected
      });
      return sendMessageAsync({
        anyProcess,
        channel,
        methodName,
        isSubprocess,
        message,
        strict
      });
    };
    sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
      const wrappedMessage = handleSendStrict({
        anyProcess,
        channel,
        isSubprocess,
        message,
        strict
      });
      const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
      try {
        await sendOneMessage({
          anyProcess,
          methodName,
          isSubprocess,
          wrappedMessage,
          message
        });
      } catch (error) {
        disconnect(anyProcess);
        throw error;
      } finally {
        endSendMessage(outgoingMessagesState);
      }
    };
    sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
      const sendMethod = getSendMethod(anyProcess);
      try {
        await Promise.all([
          waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
          sendMethod(wrappedMessage)
        ]);
      } catch (error) {
        handleEpipeError({ error, methodName, isSubprocess });
        handleSerializationError({
          error,
          methodName,
          isSubprocess,
          message
        });
        throw error;
      }
    };
    getSendMethod = (anyProcess) => {
      if (PROCESS_SEND_METHODS.has(anyProcess)) {
        return PROCESS_SEND_METHODS.get(anyProcess);
      }
      const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
      PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
      return sendMethod;
    };
    PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";
var sendAbort, getCancelSignal, startIpc, cancelListening, handleAbort, GRACEFUL_CANCEL_TYPE, abortOnDisconnect, cancelController;
var init_graceful = __esm({
  "node_modules/execa/lib/ipc/graceful.js"() {
    init_send();
    init_forward();
    init_validation();
    sendAbort = (subprocess, message) => {
      const methodName = "cancelSignal";
      validateConnection(methodName, false, subprocess.connected);
      return sendOneMessage({
        anyProcess: subprocess,
        methodName,
        isSubprocess: false,
        wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
        message
      });
    };
    getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
      await startIpc({
        anyProcess,
        channel,
        isSubprocess,
        ipc
      });
      return cancelController.signal;
    };
    startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
      if (cancelListening) {
        return;
      }
      cancelListening = true;
      if (!ipc) {
        throwOnMissingParent();
        return;
      }
      if (channel === null) {
        abortOnDisconnect();
        return;
      }
      getIpcEmitter(anyProcess, channel, isSubprocess);
      await scheduler2.yield();
    };
    cancelListening = false;
    handleAbort = (wrappedMessage) => {
      if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
        return false;
      }
      cancelController.abort(wrappedMessage.message);
      return true;
    };
    GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
    abortOnDisconnect = () => {
      cancelController.abort(getAbortDisconnectError());
    };
    cancelController = new AbortController();
  }
});

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel, throwOnGracefulCancel, sendOnAbort, getReason;
var init_graceful2 = __esm({
  "node_modules/execa/lib/terminate/graceful.js"() {
    init_abort_signal();
    init_graceful();
    init_kill();
    validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
      if (!gracefulCancel) {
        return;
      }
      if (cancelSignal === void 0) {
        throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
      }
      if (!ipc) {
        throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
      }
      if (serialization === "json") {
        throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
      }
    };
    throwOnGracefulCancel = ({
      subprocess,
      cancelSignal,
      gracefulCancel,
      forceKillAfterDelay,
      context,
      controller
    }) => gracefulCancel ? [sendOnAbort({
      subprocess,
      cancelSignal,
      forceKillAfterDelay,
      context,
      controller
    })] : [];
    sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
      await onAbortedSignal(cancelSignal, signal);
      const reason = getReason(cancelSignal);
      await sendAbort(subprocess, reason);
      killOnTimeout({
        kill: subprocess.kill,
        forceKillAfterDelay,
        context,
        controllerSignal: signal
      });
      context.terminationReason ??= "gracefulCancel";
      throw cancelSignal.reason;
    };
    getReason = ({ reason }) => {
      if (!(reason instanceof DOMException)) {
        return reason;
      }
      const error = new Error(reason.message);
      Object.defineProperty(error, "stack", {
        value: reason.stack,
        enumerable: false,
        configurable: true,
        writable: true
      });
      return error;
    };
  }
});

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout, throwOnTimeout, killAfterTimeout;
var init_timeout = __esm({
  "node_modules/execa/lib/terminate/timeout.js"() {
    init_final_error();
    validateTimeout = ({ timeout }) => {
      if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
        throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
      }
    };
    throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
    killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
      await setTimeout3(timeout, void 0, { signal });
      context.terminationReason ??= "timeout";
      subprocess.kill();
      throw new DiscardedError();
    };
  }
});

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path5 from "node:path";
var mapNode, handleNodeOption;
var init_node2 = __esm({
  "node_modules/execa/lib/methods/node.js"() {
    init_file_url();
    mapNode = ({ options: options3 }) => {
      if (options3.node === false) {
        throw new TypeError('The "node" option cannot be false with `execaNode()`.');
      }
      return { options: { ...options3, node: true } };
    };
    handleNodeOption = (file, commandArguments, {
      node: shouldHandleNode = false,
      nodePath = execPath,
      nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
      cwd,
      execPath: formerNodePath,
      ...options3
    }) => {
      if (formerNodePath !== void 0) {
        throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
      }
      const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
      const resolvedNodePath = path5.resolve(cwd, normalizedNodePath);
      const newOptions = {
        ...options3,
        nodePath: resolvedNodePath,
        node: shouldHandleNode,
        cwd
      };
      if (!shouldHandleNode) {
        return [file, commandArguments, newOptions];
      }
      if (path5.basename(file, ".exe") === "node") {
        throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
      }
      return [
        resolvedNodePath,
        [...nodeOptions, file, ...commandArguments],
        { ipc: true, ...newOptions, shell: false }
      ];
    };
  }
});

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption, validateAdvancedInput, validateJsonInput, validateIpcInput, sendIpcInput;
var init_ipc_input = __esm({
  "node_modules/execa/lib/ipc/ipc-input.js"() {
    validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
      if (ipcInput === void 0) {
        return;
      }
      if (!ipc) {
        throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
      }
      validateIpcInput[serialization](ipcInput);
    };
    validateAdvancedInput = (ipcInput) => {
      try {
        serialize(ipcInput);
      } catch (error) {
        throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
      }
    };
    validateJsonInput = (ipcInput) => {
      try {
        JSON.stringify(ipcInput);
      } catch (error) {
        throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
      }
    };
    validateIpcInput = {
      advanced: validateAdvancedInput,
      json: validateJsonInput
    };
    sendIpcInput = async (subprocess, ipcInput) => {
      if (ipcInput === void 0) {
        return;
      }
      await subprocess.sendMessage(ipcInput);
    };
  }
});

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding, TEXT_ENCODINGS, BINARY_ENCODINGS, ENCODINGS, getCorrectEncoding, ENCODING_ALIASES, serializeEncoding;
var init_encoding_option = __esm({
  "node_modules/execa/lib/arguments/encoding-option.js"() {
    validateEncoding = ({ encoding }) => {
      if (ENCODINGS.has(encoding)) {
        return;
      }
      const correctEncoding = getCorrectEncoding(encoding);
      if (correctEncoding !== void 0) {
        throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
      }
      const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
      throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
    };
    TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
    BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
    ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
    getCorrectEncoding = (encoding) => {
      if (encoding === null) {
        return "buffer";
      }
      if (typeof encoding !== "string") {
        return;
      }
      const lowerEncoding = encoding.toLowerCase();
      if (lowerEncoding in ENCODING_ALIASES) {
        return ENCODING_ALIASES[lowerEncoding];
      }
      if (ENCODINGS.has(lowerEncoding)) {
        return lowerEncoding;
      }
    };
    ENCODING_ALIASES = {
      // eslint-disable-next-line unicorn/text-encoding-identifier-case
      "utf-8": "utf8",
      "utf-16le": "utf16le",
      "ucs-2": "utf16le",
      ucs2: "utf16le",
      binary: "latin1"
    };
    serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);
  }
});

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path6 from "node:path";
import process5 from "node:process";
var normalizeCwd, getDefaultCwd, fixCwdError;
var init_cwd = __esm({
  "node_modules/execa/lib/arguments/cwd.js"() {
    init_file_url();
    normalizeCwd = (cwd = getDefaultCwd()) => {
      const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
      return path6.resolve(cwdString);
    };
    getDefaultCwd = () => {
      try {
        return process5.cwd();
      } catch (error) {
        error.message = `The current directory does not exist.
${error.message}`;
        throw error;
      }
    };
    fixCwdError = (originalMessage, cwd) => {
      if (cwd === getDefaultCwd()) {
        return originalMessage;
      }
      let cwdStat;
      try {
        cwdStat = statSync(cwd);
      } catch (error) {
        return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
      }
      if (!cwdStat.isDirectory()) {
        return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
      }
      return originalMessage;
    };
  }
});

// node_modules/execa/lib/arguments/options.js
import path7 from "node:path";
import process6 from "node:process";
var import_cross_spawn, normalizeOptions, addDefaultOptions, getEnv;
var init_options = __esm({
  "node_modules/execa/lib/arguments/options.js"() {
    import_cross_spawn = __toESM(require_cross_spawn(), 1);
    init_npm_run_path();
    init_kill();
    init_signal();
    init_cancel();
    init_graceful2();
    init_timeout();
    init_node2();
    init_ipc_input();
    init_encoding_option();
    init_cwd();
    init_file_url();
    init_specific();
    normalizeOptions = (filePath, rawArguments, rawOptions) => {
      rawOptions.cwd = normalizeCwd(rawOptions.cwd);
      const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
      const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
      const fdOptions = normalizeFdSpecificOptions(initialOptions);
      const options3 = addDefaultOptions(fdOptions);
      validateTimeout(options3);
      validateEncoding(options3);
      validateIpcInputOption(options3);
      validateCancelSignal(options3);
      validateGracefulCancel(options3);
      options3.shell = normalizeFileUrl(options3.shell);
      options3.env = getEnv(options3);
      options3.killSignal = normalizeKillSignal(options3.killSignal);
      options3.forceKillAfterDelay = normalizeForceKillAfterDelay(options3.forceKillAfterDelay);
      options3.lines = options3.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options3.encoding) && options3.buffer[fdNumber]);
      if (process6.platform === "win32" && path7.basename(file, ".exe") === "cmd") {
        commandArguments.unshift("/q");
      }
      return { file, commandArguments, options: options3 };
    };
    addDefaultOptions = ({
      extendEnv = true,
      preferLocal = false,
      cwd,
      localDir: localDirectory = cwd,
      encoding = "utf8",
      reject = true,
      cleanup = true,
      all = false,
      windowsHide = true,
      killSignal = "SIGTERM",
      forceKillAfterDelay = true,
      gracefulCancel = false,
      ipcInput,
      ipc = ipcInput !== void 0 || gracefulCancel,
      serialization = "advanced",
      ...options3
    }) => ({
      ...options3,
      extendEnv,
      preferLocal,
      cwd,
      localDirectory,
      encoding,
      reject,
      cleanup,
      all,
      windowsHide,
      killSignal,
      forceKillAfterDelay,
      gracefulCancel,
      ipcInput,
      ipc,
      serialization
    });
    getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
      const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
      if (preferLocal || node) {
        return npmRunPathEnv({
          env,
          cwd: localDirectory,
          execPath: nodePath,
          preferLocal,
          addExecPath: node
        });
      }
      return env;
    };
  }
});

// node_modules/execa/lib/arguments/shell.js
var concatenateShell;
var init_shell = __esm({
  "node_modules/execa/lib/arguments/shell.js"() {
    concatenateShell = (file, commandArguments, options3) => options3.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options3] : [file, commandArguments, options3];
  }
});

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString, stripFinalNewlineBinary, LF, LF_BINARY, CR, CR_BINARY;
var init_strip_final_newline = __esm({
  "node_modules/strip-final-newline/index.js"() {
    stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
    stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
    LF = "\n";
    LF_BINARY = LF.codePointAt(0);
    CR = "\r";
    CR_BINARY = CR.codePointAt(0);
  }
});

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options3) {
  return isWritableStream(stream, options3) && isReadableStream(stream, options3);
}
var init_is_stream = __esm({
  "node_modules/is-stream/index.js"() {
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
function i() {
  return this[n].next();
}
function o(r) {
  return this[n].return(r);
}
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}
var a, c, n, u;
var init_asyncIterator = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js"() {
    a = Object.getPrototypeOf(
      Object.getPrototypeOf(
        /* istanbul ignore next */
        async function* () {
        }
      ).prototype
    );
    c = class {
      #t;
      #n;
      #r = false;
      #e = void 0;
      constructor(e, t) {
        this.#t = e, this.#n = t;
      }
      next() {
        const e = () => this.#s();
        return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
      }
      return(e) {
        const t = () => this.#i(e);
        return this.#e ? this.#e.then(t, t) : t();
      }
      async #s() {
        if (this.#r)
          return {
            done: true,
            value: void 0
          };
        let e;
        try {
          e = await this.#t.read();
        } catch (t) {
          throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
        }
        return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
      }
      async #i(e) {
        if (this.#r)
          return {
            done: true,
            value: e
          };
        if (this.#r = true, !this.#n) {
          const t = this.#t.cancel(e);
          return this.#t.releaseLock(), await t, {
            done: true,
            value: e
          };
        }
        return this.#t.releaseLock(), {
          done: true,
          value: e
        };
      }
    };
    n = /* @__PURE__ */ Symbol();
    Object.defineProperty(i, "name", { value: "next" });
    Object.defineProperty(o, "name", { value: "return" });
    u = Object.create(a, {
      next: {
        enumerable: true,
        configurable: true,
        writable: true,
        value: i
      },
      return: {
        enumerable: true,
        configurable: true,
        writable: true,
        value: o
      }
    });
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/fromAnyIterable.js
var init_fromAnyIterable = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/fromAnyIterable.js"() {
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js
var init_ponyfill = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js"() {
    init_asyncIterator();
    init_fromAnyIterable();
  }
});

// node_modules/get-stream/source/stream.js
var getAsyncIterable, toString, getStreamIterable, handleStreamEnd, nodeImports;
var init_stream = __esm({
  "node_modules/get-stream/source/stream.js"() {
    init_is_stream();
    init_ponyfill();
    getAsyncIterable = (stream) => {
      if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
        return getStreamIterable(stream);
      }
      if (typeof stream?.[Symbol.asyncIterator] === "function") {
        return stream;
      }
      if (toString.call(stream) === "[object ReadableStream]") {
        return h.call(stream);
      }
      throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
    };
    ({ toString } = Object.prototype);
    getStreamIterable = async function* (stream) {
      const controller = new AbortController();
      const state = {};
      handleStreamEnd(stream, controller, state);
      try {
        for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
          yield chunk;
        }
      } catch (error) {
        if (state.error !== void 0) {
          throw state.error;
        } else if (!controller.signal.aborted) {
          throw error;
        }
      } finally {
        stream.destroy();
      }
    };
    handleStreamEnd = async (stream, controller, state) => {
      try {
        await nodeImports.finished(stream, {
          cleanup: true,
          readable: true,
          writable: false,
          error: false
        });
      } catch (error) {
        state.error = error;
      } finally {
        controller.abort();
      }
    };
    nodeImports = {};
  }
});

// node_modules/get-stream/source/contents.js
var getStreamContents, appendFinalChunk, appendChunk, addNewChunk, getChunkType, objectToString2, MaxBufferError;
var init_contents = __esm({
  "node_modules/get-stream/source/contents.js"() {
    init_stream();
    getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
      const asyncIterable = getAsyncIterable(stream);
      const state = init();
      state.length = 0;
      try {
        for await (const chunk of asyncIterable) {
          const chunkType = getChunkType(chunk);
          const convertedChunk = convertChunk[chunkType](chunk, state);
          appendChunk({
            convertedChunk,
            state,
            getSize,
            truncateChunk,
            addChunk,
            maxBuffer
          });
        }
        appendFinalChunk({
          state,
          convertChunk,
          getSize,
          truncateChunk,
          addChunk,
          getFinalChunk,
          maxBuffer
        });
        return finalize(state);
      } catch (error) {
        const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
        normalizedError.bufferedData = finalize(state);
        throw normalizedError;
      }
    };
    appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
      const convertedChunk = getFinalChunk(state);
      if (convertedChunk !== void 0) {
        appendChunk({
          convertedChunk,
          state,
          getSize,
          truncateChunk,
          addChunk,
          maxBuffer
        });
      }
    };
    appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
      const chunkSize = getSize(convertedChunk);
      const newLength = state.length + chunkSize;
      if (newLength <= maxBuffer) {
        addNewChunk(convertedChunk, state, addChunk, newLength);
        return;
      }
      const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
      if (truncatedChunk !== void 0) {
        addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
      }
      throw new MaxBufferError();
    };
    addNewChunk = (convertedChunk, state, addChunk, newLength) => {
      state.contents = addChunk(convertedChunk, state, newLength);
      state.length = newLength;
    };
    getChunkType = (chunk) => {
      const typeOfChunk = typeof chunk;
      if (typeOfChunk === "string") {
        return "string";
      }
      if (typeOfChunk !== "object" || chunk === null) {
        return "others";
      }
      if (globalThis.Buffer?.isBuffer(chunk)) {
        return "buffer";
      }
      const prototypeName = objectToString2.call(chunk);
      if (prototypeName === "[object ArrayBuffer]") {
        return "arrayBuffer";
      }
      if (prototypeName === "[object DataView]") {
        return "dataView";
      }
      if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
        return "typedArray";
      }
      return "others";
    };
    ({ toString: objectToString2 } = Object.prototype);
    MaxBufferError = class extends Error {
      name = "MaxBufferError";
      constructor() {
        super("maxBuffer exceeded");
      }
    };
  }
});

// node_modules/get-stream/source/utils.js
var identity2, noop, getContentsProperty, throwObjectStream, getLengthProperty;
var init_utils = __esm({
  "node_modules/get-stream/source/utils.js"() {
    identity2 = (value) => value;
    noop = () => void 0;
    getContentsProperty = ({ contents }) => contents;
    throwObjectStream = (chunk) => {
      throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
    };
    getLengthProperty = (convertedChunk) => convertedChunk.length;
  }
});

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options3) {
  return getStreamContents(stream, arrayMethods, options3);
}
var initArray, increment, addArrayChunk, arrayMethods;
var init_array = __esm({
  "node_modules/get-stream/source/array.js"() {
    init_contents();
    init_utils();
    initArray = () => ({ contents: [] });
    increment = () => 1;
    addArrayChunk = (convertedChunk, { contents }) => {
      contents.push(convertedChunk);
      return contents;
    };
    arrayMethods = {
      init: initArray,
      convertChunk: {
        string: identity2,
        buffer: identity2,
        arrayBuffer: identity2,
        dataView: identity2,
        typedArray: identity2,
        others: identity2
      },
      getSize: increment,
      truncateChunk: noop,
      addChunk: addArrayChunk,
      getFinalChunk: noop,
      finalize: getContentsProperty
    };
  }
});

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options3) {
  return getStreamContents(stream, arrayBufferMethods, options3);
}
var initArrayBuffer, useTextEncoder, textEncoder2, useUint8Array, useUint8ArrayWithOffset, truncateArrayBufferChunk, addArrayBufferChunk, resizeArrayBufferSlow, resizeArrayBuffer, getNewContentsLength, SCALE_FACTOR, finalizeArrayBuffer, hasArrayBufferResize, arrayBufferMethods;
var init_array_buffer = __esm({
  "node_modules/get-stream/source/array-buffer.js"() {
    init_contents();
    init_utils();
    initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
    useTextEncoder = (chunk) => textEncoder2.encode(chunk);
    textEncoder2 = new TextEncoder();
    useUint8Array = (chunk) => new Uint8Array(chunk);
    useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
    addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
      const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
      new Uint8Array(newContents).set(convertedChunk, previousLength);
      return newContents;
    };
    resizeArrayBufferSlow = (contents, length) => {
      if (length <= contents.byteLength) {
        return contents;
      }
      const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
      new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
      return arrayBuffer;
    };
    resizeArrayBuffer = (contents, length) => {
      if (length <= contents.maxByteLength) {
        contents.resize(length);
        return contents;
      }
      const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
      new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
      return arrayBuffer;
    };
    getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
    SCALE_FACTOR = 2;
    finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
    hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
    arrayBufferMethods = {
      init: initArrayBuffer,
      convertChunk: {
        string: useTextEncoder,
        buffer: useUint8Array,
        arrayBuffer: useUint8Array,
        dataView: useUint8ArrayWithOffset,
        typedArray: useUint8ArrayWithOffset,
        others: throwObjectStream
      },
      getSize: getLengthProperty,
      truncateChunk: truncateArrayBufferChunk,
      addChunk: addArrayBufferChunk,
      getFinalChunk: noop,
      finalize: finalizeArrayBuffer
    };
  }
});

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options3) {
  return getStreamContents(stream, stringMethods, options3);
}
var initString, useTextDecoder, addStringChunk, truncateStringChunk, getFinalStringChunk, stringMethods;
var init_string = __esm({
  "node_modules/get-stream/source/string.js"() {
    init_contents();
    init_utils();
    initString = () => ({ contents: "", textDecoder: new TextDecoder() });
    useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
    addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
    truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
    getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
      const finalChunk = textDecoder2.decode();
      return finalChunk === "" ? void 0 : finalChunk;
    };
    stringMethods = {
      init: initString,
      convertChunk: {
        string: identity2,
        buffer: useTextDecoder,
        arrayBuffer: useTextDecoder,
        dataView: useTextDecoder,
        typedArray: useTextDecoder,
        others: throwObjectStream
      },
      getSize: getLengthProperty,
      truncateChunk: truncateStringChunk,
      addChunk: addStringChunk,
      getFinalChunk: getFinalStringChunk,
      finalize: getContentsProperty
    };
  }
});

// node_modules/get-stream/source/exports.js
var init_exports = __esm({
  "node_modules/get-stream/source/exports.js"() {
    init_array();
    init_array_buffer();
    init_string();
    init_contents();
  }
});

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";
var init_source = __esm({
  "node_modules/get-stream/source/index.js"() {
    init_stream();
    init_exports();
    Object.assign(nodeImports, { on, finished });
  }
});

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer, getMaxBufferUnit, checkIpcMaxBuffer, getMaxBufferMessage, getMaxBufferInfo, isMaxBufferSync, truncateMaxBufferSync, getMaxBufferSync;
var init_max_buffer = __esm({
  "node_modules/execa/lib/io/max-buffer.js"() {
    init_source();
    init_standard_stream();
    init_specific();
    handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
      if (!(error instanceof MaxBufferError)) {
        throw error;
      }
      if (fdNumber === "all") {
        return error;
      }
      const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
      error.maxBufferInfo = { fdNumber, unit };
      stream.destroy();
      throw error;
    };
    getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
      if (readableObjectMode) {
        return "objects";
      }
      if (lines) {
        return "lines";
      }
      if (encoding === "buffer") {
        return "bytes";
      }
      return "characters";
    };
    checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
      if (ipcOutput.length !== maxBuffer) {
        return;
      }
      const error = new MaxBufferError();
      error.maxBufferInfo = { fdNumber: "ipc" };
      throw error;
    };
    getMaxBufferMessage = (error, maxBuffer) => {
      const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
      return `Command's ${streamName} was larger than ${threshold} ${unit}`;
    };
    getMaxBufferInfo = (error, maxBuffer) => {
      if (error?.maxBufferInfo === void 0) {
        return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
      }
      const { maxBufferInfo: { fdNumber, unit } } = error;
      delete error.maxBufferInfo;
      const threshold = getFdSpecificValue(maxBuffer, fdNumber);
      if (fdNumber === "ipc") {
        return { streamName: "IPC output", threshold, unit: "messages" };
      }
      return { streamName: getStreamName(fdNumber), threshold, unit };
    };
    isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
    truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
      if (!isMaxBuffer) {
        return result;
      }
      const maxBufferValue = getMaxBufferSync(maxBuffer);
      return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
    };
    getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;
  }
});

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";
var createMessages, getErrorPrefix, getForcefulSuffix, getOriginalMessage, serializeIpcMessage, serializeMessagePart, serializeMessageItem;
var init_message = __esm({
  "node_modules/execa/lib/return/message.js"() {
    init_strip_final_newline();
    init_uint_array();
    init_cwd();
    init_escape();
    init_max_buffer();
    init_signal();
    init_final_error();
    createMessages = ({
      stdio,
      all,
      ipcOutput,
      originalError,
      signal,
      signalDescription,
      exitCode,
      escapedCommand,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      forceKillAfterDelay,
      killSignal,
      maxBuffer,
      timeout,
      cwd
    }) => {
      const errorCode = originalError?.code;
      const prefix = getErrorPrefix({
        originalError,
        timedOut,
        timeout,
        isMaxBuffer,
        maxBuffer,
        errorCode,
        signal,
        signalDescription,
        exitCode,
        isCanceled,
        isGracefullyCanceled,
        isForcefullyTerminated,
        forceKillAfterDelay,
        killSignal
      });
      const originalMessage = getOriginalMessage(originalError, cwd);
      const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
      const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
      const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
      const message = [
        shortMessage,
        ...messageStdio,
        ...stdio.slice(3),
        ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
      ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
      return { originalMessage, shortMessage, message };
    };
    getErrorPrefix = ({
      originalError,
      timedOut,
      timeout,
      isMaxBuffer,
      maxBuffer,
      errorCode,
      signal,
      signalDescription,
      exitCode,
      isCanceled,
      isGracefullyCanceled,
      isForcefullyTerminated,
      forceKillAfterDelay,
      killSignal
    }) => {
      const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
      if (timedOut) {
        return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
      }
      if (isGracefullyCanceled) {
        if (signal === void 0) {
          return `Command was gracefully canceled with exit code ${exitCode}`;
        }
        return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
      }
      if (isCanceled) {
        return `Command was canceled${forcefulSuffix}`;
      }
      if (isMaxBuffer) {
        return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
      }
      if (errorCode !== void 0) {
        return `Command failed with ${errorCode}${forcefulSuffix}`;
      }
      if (isForcefullyTerminated) {
        return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
      }
      if (signal !== void 0) {
        return `Command was killed with ${signal} (${signalDescription})`;
      }
      if (exitCode !== void 0) {
        return `Command failed with exit code ${exitCode}`;
      }
      return "Command failed";
    };
    getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
    getOriginalMessage = (originalError, cwd) => {
      if (originalError instanceof DiscardedError) {
        return;
      }
      const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
      const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
      return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
    };
    serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
    serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
    serializeMessageItem = (messageItem) => {
      if (typeof messageItem === "string") {
        return messageItem;
      }
      if (isUint8Array(messageItem)) {
        return uint8ArrayToString(messageItem);
      }
      return "";
    };
  }
});

// node_modules/execa/lib/return/result.js
var makeSuccessResult, makeEarlyError, makeError, getErrorProperties, omitUndefinedProperties, normalizeExitPayload;
var init_result = __esm({
  "node_modules/execa/lib/return/result.js"() {
    init_signal();
    init_duration();
    init_final_error();
    init_message();
    makeSuccessResult = ({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput,
      options: { cwd },
      startTime
    }) => omitUndefinedProperties({
      command,
      escapedCommand,
      cwd,
      durationMs: getDurationMs(startTime),
      failed: false,
      timedOut: false,
      isCanceled: false,
      isGracefullyCanceled: false,
      isTerminated: false,
      isMaxBuffer: false,
      isForcefullyTerminated: false,
      exitCode: 0,
      stdout: stdio[1],
      stderr: stdio[2],
      all,
      stdio,
      ipcOutput,
      pipedFrom: []
    });
    makeEarlyError = ({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options: options3,
      startTime,
      isSync
    }) => makeError({
      error,
      command,
      escapedCommand,
      startTime,
      timedOut: false,
      isCanceled: false,
      isGracefullyCanceled: false,
      isMaxBuffer: false,
      isForcefullyTerminated: false,
      stdio: Array.from({ length: fileDescriptors.length }),
      ipcOutput: [],
      options: options3,
      isSync
    });
    makeError = ({
      error: originalError,
      command,
      escapedCommand,
      startTime,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode: rawExitCode,
      signal: rawSignal,
      stdio,
      all,
      ipcOutput,
      options: {
        timeoutDuration,
        timeout = timeoutDuration,
        forceKillAfterDelay,
        killSignal,
        cwd,
        maxBuffer
      },
      isSync
    }) => {
      const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
      const { originalMessage, shortMessage, message } = createMessages({
        stdio,
        all,
        ipcOutput,
        originalError,
        signal,
        signalDescription,
        exitCode,
        escapedCommand,
        timedOut,
        isCanceled,
        isGracefullyCanceled,
        isMaxBuffer,
        isForcefullyTerminated,
        forceKillAfterDelay,
        killSignal,
        maxBuffer,
        timeout,
        cwd
      });
      const error = getFinalError(originalError, message, isSync);
      Object.assign(error, getErrorProperties({
        error,
        command,
        escapedCommand,
        startTime,
        timedOut,
        isCanceled,
        isGracefullyCanceled,
        isMaxBuffer,
        isForcefullyTerminated,
        exitCode,
        signal,
        signalDescription,
        stdio,
        all,
        ipcOutput,
        cwd,
        originalMessage,
        shortMessage
      }));
      return error;
    };
    getErrorProperties = ({
      error,
      command,
      escapedCommand,
      startTime,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode,
      signal,
      signalDescription,
      stdio,
      all,
      ipcOutput,
      cwd,
      originalMessage,
      shortMessage
    }) => omitUndefinedProperties({
      shortMessage,
      originalMessage,
      command,
      escapedCommand,
      cwd,
      durationMs: getDurationMs(startTime),
      failed: true,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isTerminated: signal !== void 0,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode,
      signal,
      signalDescription,
      code: error.cause?.code,
      stdout: stdio[1],
      stderr: stdio[2],
      all,
      stdio,
      ipcOutput,
      pipedFrom: []
    });
    omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
    normalizeExitPayload = (rawExitCode, rawSignal) => {
      const exitCode = rawExitCode === null ? void 0 : rawExitCode;
      const signal = rawSignal === null ? void 0 : rawSignal;
      const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
      return { exitCode, signal, signalDescription };
    };
  }
});

// node_modules/parse-ms/index.js
function parseNumber2(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber2(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}
var toZeroIfInfinity;
var init_parse_ms = __esm({
  "node_modules/parse-ms/index.js"() {
    toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
  }
});

// node_modules/pretty-ms/index.js
function prettyMilliseconds(milliseconds, options3) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options3 = { ...options3 };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options3.colonNotation) {
    options3.compact = false;
    options3.formatSubMilliseconds = false;
    options3.separateMilliseconds = false;
    options3.verbose = false;
  }
  if (options3.compact) {
    options3.unitCount = 1;
    options3.secondsDecimalDigits = 0;
    options3.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options3.colonNotation) && isZero(value) && !(options3.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options3.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options3.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options3.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options3.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options3.hideSeconds) {
    if (options3.separateMilliseconds || options3.formatSubMilliseconds || !options3.colonNotation && milliseconds < 1e3 && !options3.subSecondsAsDecimals) {
      const seconds = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds, "second", "s");
      if (options3.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options3.millisecondsDecimalDigits === "number" ? options3.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options3.secondsDecimalDigits === "number" ? options3.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds, secondsDecimalDigits);
      const secondsString = options3.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options3.verbose ? " milliseconds" : "ms");
  }
  const separator = options3.colonNotation ? ":" : " ";
  if (typeof options3.unitCount === "number") {
    result = result.slice(0, Math.max(options3.unitCount, 1));
  }
  return sign + result.join(separator);
}
var isZero, pluralize, SECOND_ROUNDING_EPSILON, ONE_DAY_IN_MILLISECONDS;
var init_pretty_ms = __esm({
  "node_modules/pretty-ms/index.js"() {
    init_parse_ms();
    isZero = (value) => value === 0 || value === 0n;
    pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
    SECOND_ROUNDING_EPSILON = 1e-7;
    ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
  }
});

// node_modules/execa/lib/verbose/error.js
var logError;
var init_error2 = __esm({
  "node_modules/execa/lib/verbose/error.js"() {
    init_log();
    logError = (result, verboseInfo) => {
      if (result.failed) {
        verboseLog({
          type: "error",
          verboseMessage: result.shortMessage,
          verboseInfo,
          result
        });
      }
    };
  }
});

// node_modules/execa/lib/verbose/complete.js
var logResult, logDuration;
var init_complete = __esm({
  "node_modules/execa/lib/verbose/complete.js"() {
    init_pretty_ms();
    init_values();
    init_log();
    init_error2();
    logResult = (result, verboseInfo) => {
      if (!isVerbose(verboseInfo)) {
        return;
      }
      logError(result, verboseInfo);
      logDuration(result, verboseInfo);
    };
    logDuration = (result, verboseInfo) => {
      const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
      verboseLog({
        type: "duration",
        verboseMessage,
        verboseInfo,
        result
      });
    };
  }
});

// node_modules/execa/lib/return/reject.js
var handleResult;
var init_reject = __esm({
  "node_modules/execa/lib/return/reject.js"() {
    init_complete();
    handleResult = (result, verboseInfo, { reject }) => {
      logResult(result, verboseInfo);
      if (result.failed && reject) {
        throw result;
      }
      return result;
    };
  }
});

// node_modules/execa/lib/stdio/type.js
var getStdioItemType, getTransformObjectType, getDuplexType, getTransformStreamType, validateNonGeneratorType, checkUndefinedOption, getGeneratorObjectType, checkBooleanOption, isGenerator, isAsyncGenerator, isSyncGenerator, isTransformOptions, isUrl, isRegularUrl, isFilePathObject, FILE_PATH_KEYS, isFilePathString, isUnknownStdioString, KNOWN_STDIO_STRINGS, isReadableStream2, isWritableStream2, isWebStream, isTransformStream, isAsyncIterableObject, isIterableObject, isObject, TRANSFORM_TYPES, FILE_TYPES, SPECIAL_DUPLICATE_TYPES_SYNC, SPECIAL_DUPLICATE_TYPES, FORBID_DUPLICATE_TYPES, TYPE_TO_MESSAGE;
var init_type = __esm({
  "node_modules/execa/lib/stdio/type.js"() {
    init_is_stream();
    init_is_plain_obj();
    init_uint_array();
    getStdioItemType = (value, optionName) => {
      if (isAsyncGenerator(value)) {
        return "asyncGenerator";
      }
      if (isSyncGenerator(value)) {
        return "generator";
      }
      if (isUrl(value)) {
        return "fileUrl";
      }
      if (isFilePathObject(value)) {
        return "filePath";
      }
      if (isWebStream(value)) {
        return "webStream";
      }
      if (isStream(value, { checkOpen: false })) {
        return "native";
      }
      if (isUint8Array(value)) {
        return "uint8Array";
      }
      if (isAsyncIterableObject(value)) {
        return "asyncIterable";
      }
      if (isIterableObject(value)) {
        return "iterable";
      }
      if (isTransformStream(value)) {
        return getTransformStreamType({ transform: value }, optionName);
      }
      if (isTransformOptions(value)) {
        return getTransformObjectType(value, optionName);
      }
      return "native";
    };
    getTransformObjectType = (value, optionName) => {
      if (isDuplexStream(value.transform, { checkOpen: false })) {
        return getDuplexType(value, optionName);
      }
      if (isTransformStream(value.transform)) {
        return getTransformStreamType(value, optionName);
      }
      return getGeneratorObjectType(value, optionName);
    };
    getDuplexType = (value, optionName) => {
      validateNonGeneratorType(value, optionName, "Duplex stream");
      return "duplex";
    };
    getTransformStreamType = (value, optionName) => {
      validateNonGeneratorType(value, optionName, "web TransformStream");
      return "webTransform";
    };
    validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
      checkUndefinedOption(final, `${optionName}.final`, typeName);
      checkUndefinedOption(binary, `${optionName}.binary`, typeName);
      checkBooleanOption(objectMode, `${optionName}.objectMode`);
    };
    checkUndefinedOption = (value, optionName, typeName) => {
      if (value !== void 0) {
        throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
      }
    };
    getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
      if (transform !== void 0 && !isGenerator(transform)) {
        throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
      }
      if (isDuplexStream(final, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
      }
      if (isTransformStream(final)) {
        throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
      }
      if (final !== void 0 && !isGenerator(final)) {
        throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
      }
      checkBooleanOption(binary, `${optionName}.binary`);
      checkBooleanOption(objectMode, `${optionName}.objectMode`);
      return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
    };
    checkBooleanOption = (value, optionName) => {
      if (value !== void 0 && typeof value !== "boolean") {
        throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
      }
    };
    isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
    isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
    isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
    isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
    isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
    isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
    isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
    FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
    isFilePathString = (file) => typeof file === "string";
    isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
    KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
    isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
    isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
    isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
    isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
    isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
    isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
    isObject = (value) => typeof value === "object" && value !== null;
    TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
    FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
    SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
    SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
    FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
    TYPE_TO_MESSAGE = {
      generator: "a generator",
      asyncGenerator: "an async generator",
      fileUrl: "a file URL",
      filePath: "a file path string",
      fileNumber: "a file descriptor number",
      webStream: "a web stream",
      nodeStream: "a Node.js stream",
      webTransform: "a web TransformStream",
      duplex: "a Duplex stream",
      native: "any value",
      iterable: "an iterable",
      asyncIterable: "an async iterable",
      string: "a string",
      uint8Array: "a Uint8Array"
    };
  }
});

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes, getOutputObjectModes, getInputObjectModes, getFdObjectMode;
var init_object_mode = __esm({
  "node_modules/execa/lib/transform/object-mode.js"() {
    init_type();
    getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
    getOutputObjectModes = (objectMode, index, newTransforms) => {
      const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
      const readableObjectMode = objectMode ?? writableObjectMode;
      return { writableObjectMode, readableObjectMode };
    };
    getInputObjectModes = (objectMode, index, newTransforms) => {
      const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
      const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
      return { writableObjectMode, readableObjectMode };
    };
    getFdObjectMode = (stdioItems, direction) => {
      const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
      if (lastTransform === void 0) {
        return false;
      }
      return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
    };
  }
});

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms, getTransforms, normalizeTransform, normalizeDuplex, normalizeTransformStream, normalizeGenerator, sortTransforms;
var init_normalize = __esm({
  "node_modules/execa/lib/transform/normalize.js"() {
    init_is_plain_obj();
    init_encoding_option();
    init_type();
    init_object_mode();
    normalizeTransforms = (stdioItems, optionName, direction, options3) => [
      ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
      ...getTransforms(stdioItems, optionName, direction, options3)
    ];
    getTransforms = (stdioItems, optionName, direction, { encoding }) => {
      const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
      const newTransforms = Array.from({ length: transforms.length });
      for (const [index, stdioItem] of Object.entries(transforms)) {
        newTransforms[index] = normalizeTransform({
          stdioItem,
          index: Number(index),
          newTransforms,
          optionName,
          direction,
          encoding
        });
      }
      return sortTransforms(newTransforms, direction);
    };
    normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
      if (type === "duplex") {
        return normalizeDuplex({ stdioItem, optionName });
      }
      if (type === "webTransform") {
        return normalizeTransformStream({
          stdioItem,
          index,
          newTransforms,
          direction
        });
      }
      return normalizeGenerator({
        stdioItem,
        index,
        newTransforms,
        direction,
        encoding
      });
    };
    normalizeDuplex = ({
      stdioItem,
      stdioItem: {
        value: {
          transform,
          transform: { writableObjectMode, readableObjectMode },
          objectMode = readableObjectMode
        }
      },
      optionName
    }) => {
      if (objectMode && !readableObjectMode) {
        throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
      }
      if (!objectMode && readableObjectMode) {
        throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
      }
      return {
        ...stdioItem,
        value: { transform, writableObjectMode, readableObjectMode }
      };
    };
    normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
      const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
      const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
      return {
        ...stdioItem,
        value: { transform, writableObjectMode, readableObjectMode }
      };
    };
    normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
      const {
        transform,
        final,
        binary: binaryOption = false,
        preserveNewlines = false,
        objectMode
      } = isPlainObject(value) ? value : { transform: value };
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
      return {
        ...stdioItem,
        value: {
          transform,
          final,
          binary,
          preserveNewlines,
          writableObjectMode,
          readableObjectMode
        }
      };
    };
    sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;
  }
});

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection, getStdioItemDirection, KNOWN_DIRECTIONS, anyDirection, alwaysInput, guessStreamDirection, getStandardStreamDirection, DEFAULT_DIRECTION;
var init_direction = __esm({
  "node_modules/execa/lib/stdio/direction.js"() {
    init_is_stream();
    init_type();
    getStreamDirection = (stdioItems, fdNumber, optionName) => {
      const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
      if (directions.includes("input") && directions.includes("output")) {
        throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
      }
      return directions.find(Boolean) ?? DEFAULT_DIRECTION;
    };
    getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
    KNOWN_DIRECTIONS = ["input", "output", "output"];
    anyDirection = () => void 0;
    alwaysInput = () => "input";
    guessStreamDirection = {
      generator: anyDirection,
      asyncGenerator: anyDirection,
      fileUrl: anyDirection,
      filePath: anyDirection,
      iterable: alwaysInput,
      asyncIterable: alwaysInput,
      uint8Array: alwaysInput,
      webStream: (value) => isWritableStream2(value) ? "output" : "input",
      nodeStream(value) {
        if (!isReadableStream(value, { checkOpen: false })) {
          return "output";
        }
        return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
      },
      webTransform: anyDirection,
      duplex: anyDirection,
      native(value) {
        const standardStreamDirection = getStandardStreamDirection(value);
        if (standardStreamDirection !== void 0) {
          return standardStreamDirection;
        }
        if (isStream(value, { checkOpen: false })) {
          return guessStreamDirection.nodeStream(value);
        }
      }
    };
    getStandardStreamDirection = (value) => {
      if ([0, process7.stdin].includes(value)) {
        return "input";
      }
      if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
        return "output";
      }
    };
    DEFAULT_DIRECTION = "output";
  }
});

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray;
var init_array2 = __esm({
  "node_modules/execa/lib/ipc/array.js"() {
    normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;
  }
});

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption, getStdioArray, hasAlias, addDefaultValue2, normalizeStdioSync, isOutputPipeOnly;
var init_stdio_option = __esm({
  "node_modules/execa/lib/stdio/stdio-option.js"() {
    init_standard_stream();
    init_array2();
    init_values();
    normalizeStdioOption = ({ stdio, ipc, buffer, ...options3 }, verboseInfo, isSync) => {
      const stdioArray = getStdioArray(stdio, options3).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
      return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
    };
    getStdioArray = (stdio, options3) => {
      if (stdio === void 0) {
        return STANDARD_STREAMS_ALIASES.map((alias) => options3[alias]);
      }
      if (hasAlias(options3)) {
        throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
      }
      if (typeof stdio === "string") {
        return [stdio, stdio, stdio];
      }
      if (!Array.isArray(stdio)) {
        throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
      }
      const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
      return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
    };
    hasAlias = (options3) => STANDARD_STREAMS_ALIASES.some((alias) => options3[alias] !== void 0);
    addDefaultValue2 = (stdioOption, fdNumber) => {
      if (Array.isArray(stdioOption)) {
        return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
      }
      if (stdioOption === null || stdioOption === void 0) {
        return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
      }
      return stdioOption;
    };
    normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
    isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");
  }
});

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream, handleNativeStreamSync, getTargetFd, getTargetFdNumber, handleNativeStreamAsync, getStandardStream;
var init_native = __esm({
  "node_modules/execa/lib/stdio/native.js"() {
    init_is_stream();
    init_standard_stream();
    init_uint_array();
    init_fd_options();
    handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
      if (!isStdioArray || type !== "native") {
        return stdioItem;
      }
      return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
    };
    handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
      const targetFd = getTargetFd({
        value,
        optionName,
        fdNumber,
        direction
      });
      if (targetFd !== void 0) {
        return targetFd;
      }
      if (isStream(value, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
      }
      return stdioItem;
    };
    getTargetFd = ({ value, optionName, fdNumber, direction }) => {
      const targetFdNumber = getTargetFdNumber(value, fdNumber);
      if (targetFdNumber === void 0) {
        return;
      }
      if (direction === "output") {
        return { type: "fileNumber", value: targetFdNumber, optionName };
      }
      if (tty2.isatty(targetFdNumber)) {
        throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
      }
      return { type: "uint8Array", value: bufferToUint8Array(readFileSync(targetFdNumber)), optionName };
    };
    getTargetFdNumber = (value, fdNumber) => {
      if (value === "inherit") {
        return fdNumber;
      }
      if (typeof value === "number") {
        return value;
      }
      const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
      if (standardStreamIndex !== -1) {
        return standardStreamIndex;
      }
    };
    handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
      if (value === "inherit") {
        return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
      }
      if (typeof value === "number") {
        return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
      }
      if (isStream(value, { checkOpen: false })) {
        return { type: "nodeStream", value, optionName };
      }
      return stdioItem;
    };
    getStandardStream = (fdNumber, value, optionName) => {
      const standardStream = STANDARD_STREAMS[fdNumber];
      if (standardStream === void 0) {
        throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
      }
      return standardStream;
    };
  }
});

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions, handleInputOption, getInputType, handleInputFileOption, getInputFileType;
var init_input_option = __esm({
  "node_modules/execa/lib/stdio/input-option.js"() {
    init_is_stream();
    init_uint_array();
    init_type();
    handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
      ...handleInputOption(input),
      ...handleInputFileOption(inputFile)
    ] : [];
    handleInputOption = (input) => input === void 0 ? [] : [{
      type: getInputType(input),
      value: input,
      optionName: "input"
    }];
    getInputType = (input) => {
      if (isReadableStream(input, { checkOpen: false })) {
        return "nodeStream";
      }
      if (typeof input === "string") {
        return "string";
      }
      if (isUint8Array(input)) {
        return "uint8Array";
      }
      throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
    };
    handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
      ...getInputFileType(inputFile),
      optionName: "inputFile"
    }];
    getInputFileType = (inputFile) => {
      if (isUrl(inputFile)) {
        return { type: "fileUrl", value: inputFile };
      }
      if (isFilePathString(inputFile)) {
        return { type: "filePath", value: { file: inputFile } };
      }
      throw new Error("The `inputFile` option must be a file path string or a file URL.");
    };
  }
});

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates, getDuplicateStream, getOtherStdioItems, validateDuplicateStreamSync, getDuplicateStreamInstance, hasSameValue, validateDuplicateTransform, throwOnDuplicateStream;
var init_duplicate = __esm({
  "node_modules/execa/lib/stdio/duplicate.js"() {
    init_type();
    filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
    getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
      const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
      if (otherStdioItems.length === 0) {
        return;
      }
      if (isSync) {
        validateDuplicateStreamSync({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
        return;
      }
      if (SPECIAL_DUPLICATE_TYPES.has(type)) {
        return getDuplicateStreamInstance({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
      }
      if (FORBID_DUPLICATE_TYPES.has(type)) {
        validateDuplicateTransform({
          otherStdioItems,
          type,
          value,
          optionName
        });
      }
    };
    getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
    validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
      if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
        getDuplicateStreamInstance({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
      }
    };
    getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
      const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
      if (duplicateStdioItems.length === 0) {
        return;
      }
      const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
      throwOnDuplicateStream(differentStdioItem, optionName, type);
      return direction === "output" ? duplicateStdioItems[0].stream : void 0;
    };
    hasSameValue = ({ type, value }, secondValue) => {
      if (type === "filePath") {
        return value.file === secondValue.file;
      }
      if (type === "fileUrl") {
        return value.href === secondValue.href;
      }
      return value === secondValue;
    };
    validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
      const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
      throwOnDuplicateStream(duplicateStdioItem, optionName, type);
    };
    throwOnDuplicateStream = (stdioItem, optionName, type) => {
      if (stdioItem !== void 0) {
        throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
      }
    };
  }
});

// node_modules/execa/lib/stdio/handle.js
var handleStdio, getFileDescriptor, initializeStdioItems, initializeStdioItem, validateStdioArray, INVALID_STDIO_ARRAY_OPTIONS, validateStreams, validateFileStdio, validateFileObjectMode, getFinalFileDescriptors, getFinalFileDescriptor, addStreamProperties, cleanupCustomStreams, forwardStdio;
var init_handle = __esm({
  "node_modules/execa/lib/stdio/handle.js"() {
    init_standard_stream();
    init_normalize();
    init_object_mode();
    init_type();
    init_direction();
    init_stdio_option();
    init_native();
    init_input_option();
    init_duplicate();
    handleStdio = (addProperties3, options3, verboseInfo, isSync) => {
      const stdio = normalizeStdioOption(options3, verboseInfo, isSync);
      const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
        stdioOption,
        fdNumber,
        options: options3,
        isSync
      }));
      const fileDescriptors = getFinalFileDescriptors({
        initialFileDescriptors,
        addProperties: addProperties3,
        options: options3,
        isSync
      });
      options3.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
      return fileDescriptors;
    };
    getFileDescriptor = ({ stdioOption, fdNumber, options: options3, isSync }) => {
      const optionName = getStreamName(fdNumber);
      const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
        stdioOption,
        fdNumber,
        options: options3,
        optionName
      });
      const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
      const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
        stdioItem,
        isStdioArray,
        fdNumber,
        direction,
        isSync
      }));
      const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options3);
      const objectMode = getFdObjectMode(normalizedStdioItems, direction);
      validateFileObjectMode(normalizedStdioItems, objectMode);
      return { direction, objectMode, stdioItems: normalizedStdioItems };
    };
    initializeStdioItems = ({ stdioOption, fdNumber, options: options3, optionName }) => {
      const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
      const initialStdioItems = [
        ...values.map((value) => initializeStdioItem(value, optionName)),
        ...handleInputOptions(options3, fdNumber)
      ];
      const stdioItems = filterDuplicates(initialStdioItems);
      const isStdioArray = stdioItems.length > 1;
      validateStdioArray(stdioItems, isStdioArray, optionName);
      validateStreams(stdioItems);
      return { stdioItems, isStdioArray };
    };
    initializeStdioItem = (value, optionName) => ({
      type: getStdioItemType(value, optionName),
      value,
      optionName
    });
    validateStdioArray = (stdioItems, isStdioArray, optionName) => {
      if (stdioItems.length === 0) {
        throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
      }
      if (!isStdioArray) {
        return;
      }
      for (const { value, optionName: optionName2 } of stdioItems) {
        if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
          throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
        }
      }
    };
    INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
    validateStreams = (stdioItems) => {
      for (const stdioItem of stdioItems) {
        validateFileStdio(stdioItem);
      }
    };
    validateFileStdio = ({ type, value, optionName }) => {
      if (isRegularUrl(value)) {
        throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
      }
      if (isUnknownStdioString(type, value)) {
        throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
      }
    };
    validateFileObjectMode = (stdioItems, objectMode) => {
      if (!objectMode) {
        return;
      }
      const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
      if (fileStdioItem !== void 0) {
        throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
      }
    };
    getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options: options3, isSync }) => {
      const fileDescriptors = [];
      try {
        for (const fileDescriptor of initialFileDescriptors) {
          fileDescriptors.push(getFinalFileDescriptor({
            fileDescriptor,
            fileDescriptors,
            addProperties: addProperties3,
            options: options3,
            isSync
          }));
        }
        return fileDescriptors;
      } catch (error) {
        cleanupCustomStreams(fileDescriptors);
        throw error;
      }
    };
    getFinalFileDescriptor = ({
      fileDescriptor: { direction, objectMode, stdioItems },
      fileDescriptors,
      addProperties: addProperties3,
      options: options3,
      isSync
    }) => {
      const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
        stdioItem,
        addProperties: addProperties3,
        direction,
        options: options3,
        fileDescriptors,
        isSync
      }));
      return { direction, objectMode, stdioItems: finalStdioItems };
    };
    addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options: options3, fileDescriptors, isSync }) => {
      const duplicateStream = getDuplicateStream({
        stdioItem,
        direction,
        fileDescriptors,
        isSync
      });
      if (duplicateStream !== void 0) {
        return { ...stdioItem, stream: duplicateStream };
      }
      return {
        ...stdioItem,
        ...addProperties3[direction][stdioItem.type](stdioItem, options3)
      };
    };
    cleanupCustomStreams = (fileDescriptors) => {
      for (const { stdioItems } of fileDescriptors) {
        for (const { stream } of stdioItems) {
          if (stream !== void 0 && !isStandardStream(stream)) {
            stream.destroy();
          }
        }
      }
    };
    forwardStdio = (stdioItems) => {
      if (stdioItems.length > 1) {
        return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
      }
      const [{ type, value }] = stdioItems;
      return type === "native" ? value : "pipe";
    };
  }
});

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";
var handleStdioSync, forbiddenIfSync, forbiddenNativeIfSync, throwInvalidSyncValue, addProperties, addPropertiesSync;
var init_handle_sync = __esm({
  "node_modules/execa/lib/stdio/handle-sync.js"() {
    init_uint_array();
    init_handle();
    init_type();
    handleStdioSync = (options3, verboseInfo) => handleStdio(addPropertiesSync, options3, verboseInfo, true);
    forbiddenIfSync = ({ type, optionName }) => {
      throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
    };
    forbiddenNativeIfSync = ({ optionName, value }) => {
      if (value === "ipc" || value === "overlapped") {
        throwInvalidSyncValue(optionName, `"${value}"`);
      }
      return {};
    };
    throwInvalidSyncValue = (optionName, value) => {
      throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
    };
    addProperties = {
      generator() {
      },
      asyncGenerator: forbiddenIfSync,
      webStream: forbiddenIfSync,
      nodeStream: forbiddenIfSync,
      webTransform: forbiddenIfSync,
      duplex: forbiddenIfSync,
      asyncIterable: forbiddenIfSync,
      native: forbiddenNativeIfSync
    };
    addPropertiesSync = {
      input: {
        ...addProperties,
        fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync2(value))] }),
        filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync2(file))] }),
        fileNumber: forbiddenIfSync,
        iterable: ({ value }) => ({ contents: [...value] }),
        string: ({ value }) => ({ contents: [value] }),
        uint8Array: ({ value }) => ({ contents: [value] })
      },
      output: {
        ...addProperties,
        fileUrl: ({ value }) => ({ path: value }),
        filePath: ({ value: { file, append } }) => ({ path: file, append }),
        fileNumber: ({ value }) => ({ path: value }),
        iterable: forbiddenIfSync,
        string: forbiddenIfSync,
        uint8Array: forbiddenIfSync
      }
    };
  }
});

// node_modules/execa/lib/io/strip-newline.js
var stripNewline, getStripFinalNewline;
var init_strip_newline = __esm({
  "node_modules/execa/lib/io/strip-newline.js"() {
    init_strip_final_newline();
    stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
    getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];
  }
});

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator, splitLinesSync, splitLinesItemSync, initializeSplitLines, splitGenerator, getNewlineLength, linesFinal, getAppendNewlineGenerator, appendNewlineGenerator, concatString, linesStringInfo, concatUint8Array, linesUint8ArrayInfo;
var init_split = __esm({
  "node_modules/execa/lib/transform/split.js"() {
    getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
    splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
    splitLinesItemSync = (chunk, preserveNewlines) => {
      const { transform, final } = initializeSplitLines(preserveNewlines, {});
      return [...transform(chunk), ...final()];
    };
    initializeSplitLines = (preserveNewlines, state) => {
      state.previousChunks = "";
      return {
        transform: splitGenerator.bind(void 0, state, preserveNewlines),
        final: linesFinal.bind(void 0, state)
      };
    };
    splitGenerator = function* (state, preserveNewlines, chunk) {
      if (typeof chunk !== "string") {
        yield chunk;
        return;
      }
      let { previousChunks } = state;
      let start = -1;
      for (let end = 0; end < chunk.length; end += 1) {
        if (chunk[end] === "\n") {
          const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
          let line = chunk.slice(start + 1, end + 1 - newlineLength);
          if (previousChunks.length > 0) {
            line = concatString(previousChunks, line);
            previousChunks = "";
          }
          yield line;
          start = end;
        }
      }
      if (start !== chunk.length - 1) {
        previousChunks = concatString(previousChunks, chunk.slice(start + 1));
      }
      state.previousChunks = previousChunks;
    };
    getNewlineLength = (chunk, end, preserveNewlines, state) => {
      if (preserveNewlines) {
        return 0;
      }
      state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
      return state.isWindowsNewline ? 2 : 1;
    };
    linesFinal = function* ({ previousChunks }) {
      if (previousChunks.length > 0) {
        yield previousChunks;
      }
    };
    getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
    appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
      const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
      if (chunk.at(-1) === LF2) {
        yield chunk;
        return;
      }
      const newline = isWindowsNewline ? windowsNewline : unixNewline;
      yield concatBytes(chunk, newline);
    };
    concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
    linesStringInfo = {
      windowsNewline: "\r\n",
      unixNewline: "\n",
      LF: "\n",
      concatBytes: concatString
    };
    concatUint8Array = (firstChunk, secondChunk) => {
      const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
      chunk.set(firstChunk, 0);
      chunk.set(secondChunk, firstChunk.length);
      return chunk;
    };
    linesUint8ArrayInfo = {
      windowsNewline: new Uint8Array([13, 10]),
      unixNewline: new Uint8Array([10]),
      LF: 10,
      concatBytes: concatUint8Array
    };
  }
});

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput, validateStringTransformInput, getValidateTransformReturn, validateObjectTransformReturn, validateStringTransformReturn, validateEmptyReturn;
var init_validate2 = __esm({
  "node_modules/execa/lib/transform/validate.js"() {
    init_uint_array();
    getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
    validateStringTransformInput = function* (optionName, chunk) {
      if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
        throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
      }
      yield chunk;
    };
    getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
    validateObjectTransformReturn = function* (optionName, chunk) {
      validateEmptyReturn(optionName, chunk);
      yield chunk;
    };
    validateStringTransformReturn = function* (optionName, chunk) {
      validateEmptyReturn(optionName, chunk);
      if (typeof chunk !== "string" && !isUint8Array(chunk)) {
        throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
      }
      yield chunk;
    };
    validateEmptyReturn = (optionName, chunk) => {
      if (chunk === null || chunk === void 0) {
        throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
      }
    };
  }
});

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator, encodingUint8ArrayGenerator, encodingStringGenerator, encodingStringFinal;
var init_encoding_transform = __esm({
  "node_modules/execa/lib/transform/encoding-transform.js"() {
    init_uint_array();
    getEncodingTransformGenerator = (binary, encoding, skipped) => {
      if (skipped) {
        return;
      }
      if (binary) {
        return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
      }
      const stringDecoder = new StringDecoder2(encoding);
      return {
        transform: encodingStringGenerator.bind(void 0, stringDecoder),
        final: encodingStringFinal.bind(void 0, stringDecoder)
      };
    };
    encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
      if (Buffer3.isBuffer(chunk)) {
        yield bufferToUint8Array(chunk);
      } else if (typeof chunk === "string") {
        yield textEncoder3.encode(chunk);
      } else {
        yield chunk;
      }
    };
    encodingStringGenerator = function* (stringDecoder, chunk) {
      yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
    };
    encodingStringFinal = function* (stringDecoder) {
      const lastChunk = stringDecoder.end();
      if (lastChunk !== "") {
        yield lastChunk;
      }
    };
  }
});

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks, transformChunk, finalChunks, generatorFinalChunks, destroyTransform, identityGenerator;
var init_run_async = __esm({
  "node_modules/execa/lib/transform/run-async.js"() {
    pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
      state.currentIterable = getChunks(...getChunksArguments);
      try {
        for await (const chunk of state.currentIterable) {
          transformStream.push(chunk);
        }
      } finally {
        delete state.currentIterable;
      }
    });
    transformChunk = async function* (chunk, generators, index) {
      if (index === generators.length) {
        yield chunk;
        return;
      }
      const { transform = identityGenerator } = generators[index];
      for await (const transformedChunk of transform(chunk)) {
        yield* transformChunk(transformedChunk, generators, index + 1);
      }
    };
    finalChunks = async function* (generators) {
      for (const [index, { final }] of Object.entries(generators)) {
        yield* generatorFinalChunks(final, Number(index), generators);
      }
    };
    generatorFinalChunks = async function* (final, index, generators) {
      if (final === void 0) {
        return;
      }
      for await (const finalChunk of final()) {
        yield* transformChunk(finalChunk, generators, index + 1);
      }
    };
    destroyTransform = callbackify(async ({ currentIterable }, error) => {
      if (currentIterable !== void 0) {
        await (error ? currentIterable.throw(error) : currentIterable.return());
        return;
      }
      if (error) {
        throw error;
      }
    });
    identityGenerator = function* (chunk) {
      yield chunk;
    };
  }
});

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync, runTransformSync, transformChunkSync, finalChunksSync, generatorFinalChunksSync, identityGenerator2;
var init_run_sync = __esm({
  "node_modules/execa/lib/transform/run-sync.js"() {
    pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
      try {
        for (const chunk of getChunksSync(...getChunksArguments)) {
          transformStream.push(chunk);
        }
        done();
      } catch (error) {
        done(error);
      }
    };
    runTransformSync = (generators, chunks) => [
      ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
      ...finalChunksSync(generators)
    ];
    transformChunkSync = function* (chunk, generators, index) {
      if (index === generators.length) {
        yield chunk;
        return;
      }
      const { transform = identityGenerator2 } = generators[index];
      for (const transformedChunk of transform(chunk)) {
        yield* transformChunkSync(transformedChunk, generators, index + 1);
      }
    };
    finalChunksSync = function* (generators) {
      for (const [index, { final }] of Object.entries(generators)) {
        yield* generatorFinalChunksSync(final, Number(index), generators);
      }
    };
    generatorFinalChunksSync = function* (final, index, generators) {
      if (final === void 0) {
        return;
      }
      for (const finalChunk of final()) {
        yield* transformChunkSync(finalChunk, generators, index + 1);
      }
    };
    identityGenerator2 = function* (chunk) {
      yield chunk;
    };
  }
});

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";
var generatorToStream, runGeneratorsSync, addInternalGenerators;
var init_generator = __esm({
  "node_modules/execa/lib/transform/generator.js"() {
    init_type();
    init_split();
    init_validate2();
    init_encoding_transform();
    init_run_async();
    init_run_sync();
    generatorToStream = ({
      value,
      value: { transform, final, writableObjectMode, readableObjectMode },
      optionName
    }, { encoding }) => {
      const state = {};
      const generators = addInternalGenerators(value, encoding, optionName);
      const transformAsync = isAsyncGenerator(transform);
      const finalAsync = isAsyncGenerator(final);
      const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
      const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
      const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
      const stream = new Transform({
        writableObjectMode,
        writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
        readableObjectMode,
        readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
        transform(chunk, encoding2, done) {
          transformMethod([chunk, generators, 0], this, done);
        },
        flush(done) {
          finalMethod([generators], this, done);
        },
        destroy: destroyMethod
      });
      return { stream };
    };
    runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
      const generators = stdioItems.filter(({ type }) => type === "generator");
      const reversedGenerators = isInput ? generators.reverse() : generators;
      for (const { value, optionName } of reversedGenerators) {
        const generators2 = addInternalGenerators(value, encoding, optionName);
        chunks = runTransformSync(generators2, chunks);
      }
      return chunks;
    };
    addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
      const state = {};
      return [
        { transform: getValidateTransformInput(writableObjectMode, optionName) },
        getEncodingTransformGenerator(binary, encoding, writableObjectMode),
        getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
        { transform, final },
        { transform: getValidateTransformReturn(readableObjectMode, optionName) },
        getAppendNewlineGenerator({
          binary,
          preserveNewlines,
          readableObjectMode,
          state
        })
      ].filter(Boolean);
    };
  }
});

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync, getInputFdNumbers, addInputOptionSync, applySingleInputGeneratorsSync, validateSerializable;
var init_input_sync = __esm({
  "node_modules/execa/lib/io/input-sync.js"() {
    init_generator();
    init_uint_array();
    init_type();
    addInputOptionsSync = (fileDescriptors, options3) => {
      for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
        addInputOptionSync(fileDescriptors, fdNumber, options3);
      }
    };
    getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
    addInputOptionSync = (fileDescriptors, fdNumber, options3) => {
      const { stdioItems } = fileDescriptors[fdNumber];
      const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
      if (allStdioItems.length === 0) {
        return;
      }
      if (fdNumber !== 0) {
        const [{ type, optionName }] = allStdioItems;
        throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
      }
      const allContents = allStdioItems.map(({ contents }) => contents);
      const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
      options3.input = joinToUint8Array(transformedContents);
    };
    applySingleInputGeneratorsSync = (contents, stdioItems) => {
      const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
      validateSerializable(newContents);
      return joinToUint8Array(newContents);
    };
    validateSerializable = (newContents) => {
      const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
      if (invalidItem !== void 0) {
        throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
      }
    };
  }
});

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput, fdUsesVerbose, PIPED_STDIO_VALUES, logLines, logLinesSync, isPipingStream, logLine;
var init_output = __esm({
  "node_modules/execa/lib/verbose/output.js"() {
    init_encoding_option();
    init_type();
    init_log();
    init_values();
    shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
    fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
    PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
    logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
      for await (const line of linesIterable) {
        if (!isPipingStream(stream)) {
          logLine(line, fdNumber, verboseInfo);
        }
      }
    };
    logLinesSync = (linesArray, fdNumber, verboseInfo) => {
      for (const line of linesArray) {
        logLine(line, fdNumber, verboseInfo);
      }
    };
    isPipingStream = (stream) => stream._readableState.pipes.length > 0;
    logLine = (line, fdNumber, verboseInfo) => {
      const verboseMessage = serializeVerboseMessage(line);
      verboseLog({
        type: "output",
        verboseMessage,
        fdNumber,
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";
var transformOutputSync, transformOutputResultSync, runOutputGeneratorsSync, serializeChunks, logOutputSync, writeToFiles;
var init_output_sync = __esm({
  "node_modules/execa/lib/io/output-sync.js"() {
    init_output();
    init_generator();
    init_split();
    init_uint_array();
    init_type();
    init_max_buffer();
    transformOutputSync = ({ fileDescriptors, syncResult: { output }, options: options3, isMaxBuffer, verboseInfo }) => {
      if (output === null) {
        return { output: Array.from({ length: 3 }) };
      }
      const state = {};
      const outputFiles = /* @__PURE__ */ new Set([]);
      const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
        result,
        fileDescriptors,
        fdNumber,
        state,
        outputFiles,
        isMaxBuffer,
        verboseInfo
      }, options3));
      return { output: transformedOutput, ...state };
    };
    transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
      if (result === null) {
        return;
      }
      const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
      const uint8ArrayResult = bufferToUint8Array(truncatedResult);
      const { stdioItems, objectMode } = fileDescriptors[fdNumber];
      const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
      const { serializedResult, finalResult = serializedResult } = serializeChunks({
        chunks,
        objectMode,
        encoding,
        lines,
        stripFinalNewline: stripFinalNewline2,
        fdNumber
      });
      logOutputSync({
        serializedResult,
        fdNumber,
        state,
        verboseInfo,
        encoding,
        stdioItems,
        objectMode
      });
      const returnedResult = buffer[fdNumber] ? finalResult : void 0;
      try {
        if (state.error === void 0) {
          writeToFiles(serializedResult, stdioItems, outputFiles);
        }
        return returnedResult;
      } catch (error) {
        state.error = error;
        return returnedResult;
      }
    };
    runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
      try {
        return runGeneratorsSync(chunks, stdioItems, encoding, false);
      } catch (error) {
        state.error = error;
        return chunks;
      }
    };
    serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
      if (objectMode) {
        return { serializedResult: chunks };
      }
      if (encoding === "buffer") {
        return { serializedResult: joinToUint8Array(chunks) };
      }
      const serializedResult = joinToString(chunks, encoding);
      if (lines[fdNumber]) {
        return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
      }
      return { serializedResult };
    };
    logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
      if (!shouldLogOutput({
        stdioItems,
        encoding,
        verboseInfo,
        fdNumber
      })) {
        return;
      }
      const linesArray = splitLinesSync(serializedResult, false, objectMode);
      try {
        logLinesSync(linesArray, fdNumber, verboseInfo);
      } catch (error) {
        state.error ??= error;
      }
    };
    writeToFiles = (serializedResult, stdioItems, outputFiles) => {
      for (const { path: path11, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
        const pathString = typeof path11 === "string" ? path11 : path11.toString();
        if (append || outputFiles.has(pathString)) {
          appendFileSync(path11, serializedResult);
        } else {
          outputFiles.add(pathString);
          writeFileSync(path11, serializedResult);
        }
      }
    };
  }
});

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync;
var init_all_sync = __esm({
  "node_modules/execa/lib/resolve/all-sync.js"() {
    init_uint_array();
    init_strip_newline();
    getAllSync = ([, stdout, stderr], options3) => {
      if (!options3.all) {
        return;
      }
      if (stdout === void 0) {
        return stderr;
      }
      if (stderr === void 0) {
        return stdout;
      }
      if (Array.isArray(stdout)) {
        return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options3, "all")];
      }
      if (Array.isArray(stderr)) {
        return [stripNewline(stdout, options3, "all"), ...stderr];
      }
      if (isUint8Array(stdout) && isUint8Array(stderr)) {
        return concatUint8Arrays([stdout, stderr]);
      }
      return `${stdout}${stderr}`;
    };
  }
});

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit, waitForExitOrError, waitForSubprocessExit, waitForSuccessfulExit, isSubprocessErrorExit, isFailedExit;
var init_exit_async = __esm({
  "node_modules/execa/lib/resolve/exit-async.js"() {
    init_final_error();
    waitForExit = async (subprocess, context) => {
      const [exitCode, signal] = await waitForExitOrError(subprocess);
      context.isForcefullyTerminated ??= false;
      return [exitCode, signal];
    };
    waitForExitOrError = async (subprocess) => {
      const [spawnPayload, exitPayload] = await Promise.allSettled([
        once4(subprocess, "spawn"),
        once4(subprocess, "exit")
      ]);
      if (spawnPayload.status === "rejected") {
        return [];
      }
      return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
    };
    waitForSubprocessExit = async (subprocess) => {
      try {
        return await once4(subprocess, "exit");
      } catch {
        return waitForSubprocessExit(subprocess);
      }
    };
    waitForSuccessfulExit = async (exitPromise) => {
      const [exitCode, signal] = await exitPromise;
      if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
        throw new DiscardedError();
      }
      return [exitCode, signal];
    };
    isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
    isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;
  }
});

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync, getResultError;
var init_exit_sync = __esm({
  "node_modules/execa/lib/resolve/exit-sync.js"() {
    init_final_error();
    init_max_buffer();
    init_exit_async();
    getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
      const resultError = getResultError(error, exitCode, signal);
      const timedOut = resultError?.code === "ETIMEDOUT";
      const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
      return {
        resultError,
        exitCode,
        signal,
        timedOut,
        isMaxBuffer
      };
    };
    getResultError = (error, exitCode, signal) => {
      if (error !== void 0) {
        return error;
      }
      return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
    };
  }
});

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync as spawnSync2 } from "node:child_process";
var execaCoreSync, handleSyncArguments, normalizeSyncOptions, validateSyncOptions, throwInvalidSyncOption, spawnSubprocessSync, runSubprocessSync, normalizeSpawnSyncOptions, getSyncResult;
var init_main_sync = __esm({
  "node_modules/execa/lib/methods/main-sync.js"() {
    init_command();
    init_options();
    init_shell();
    init_result();
    init_reject();
    init_handle_sync();
    init_strip_newline();
    init_input_sync();
    init_output_sync();
    init_max_buffer();
    init_all_sync();
    init_exit_sync();
    execaCoreSync = (rawFile, rawArguments, rawOptions) => {
      const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options: options3, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
      const result = spawnSubprocessSync({
        file,
        commandArguments,
        options: options3,
        command,
        escapedCommand,
        verboseInfo,
        fileDescriptors,
        startTime
      });
      return handleResult(result, verboseInfo, options3);
    };
    handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
      const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
      const syncOptions = normalizeSyncOptions(rawOptions);
      const { file, commandArguments, options: options3 } = normalizeOptions(rawFile, rawArguments, syncOptions);
      validateSyncOptions(options3);
      const fileDescriptors = handleStdioSync(options3, verboseInfo);
      return {
        file,
        commandArguments,
        command,
        escapedCommand,
        startTime,
        verboseInfo,
        options: options3,
        fileDescriptors
      };
    };
    normalizeSyncOptions = (options3) => options3.node && !options3.ipc ? { ...options3, ipc: false } : options3;
    validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
      if (ipcInput) {
        throwInvalidSyncOption("ipcInput");
      }
      if (ipc) {
        throwInvalidSyncOption("ipc: true");
      }
      if (detached) {
        throwInvalidSyncOption("detached: true");
      }
      if (cancelSignal) {
        throwInvalidSyncOption("cancelSignal");
      }
    };
    throwInvalidSyncOption = (value) => {
      throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
    };
    spawnSubprocessSync = ({ file, commandArguments, options: options3, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
      const syncResult = runSubprocessSync({
        file,
        commandArguments,
        options: options3,
        command,
        escapedCommand,
        fileDescriptors,
        startTime
      });
      if (syncResult.failed) {
        return syncResult;
      }
      const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options3);
      const { output, error = resultError } = transformOutputSync({
        fileDescriptors,
        syncResult,
        options: options3,
        isMaxBuffer,
        verboseInfo
      });
      const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options3, fdNumber));
      const all = stripNewline(getAllSync(output, options3), options3, "all");
      return getSyncResult({
        error,
        exitCode,
        signal,
        timedOut,
        isMaxBuffer,
        stdio,
        all,
        options: options3,
        command,
        escapedCommand,
        startTime
      });
    };
    runSubprocessSync = ({ file, commandArguments, options: options3, command, escapedCommand, fileDescriptors, startTime }) => {
      try {
        addInputOptionsSync(fileDescriptors, options3);
        const normalizedOptions = normalizeSpawnSyncOptions(options3);
        return spawnSync2(...concatenateShell(file, commandArguments, normalizedOptions));
      } catch (error) {
        return makeEarlyError({
          error,
          command,
          escapedCommand,
          fileDescriptors,
          options: options3,
          startTime,
          isSync: true
        });
      }
    };
    normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options3 }) => ({ ...options3, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
    getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options: options3, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput: [],
      options: options3,
      startTime
    }) : makeError({
      error,
      command,
      escapedCommand,
      timedOut,
      isCanceled: false,
      isGracefullyCanceled: false,
      isMaxBuffer,
      isForcefullyTerminated: false,
      exitCode,
      signal,
      stdio,
      all,
      ipcOutput: [],
      options: options3,
      startTime,
      isSync: true
    });
  }
});

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage, getOneMessageAsync, getMessage, throwOnDisconnect2, throwOnStrictError;
var init_get_one = __esm({
  "node_modules/execa/lib/ipc/get-one.js"() {
    init_validation();
    init_forward();
    init_reference();
    getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
      validateIpcMethod({
        methodName: "getOneMessage",
        isSubprocess,
        ipc,
        isConnected: isConnected(anyProcess)
      });
      return getOneMessageAsync({
        anyProcess,
        channel,
        isSubprocess,
        filter,
        reference
      });
    };
    getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
      addReference(channel, reference);
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const controller = new AbortController();
      try {
        return await Promise.race([
          getMessage(ipcEmitter, filter, controller),
          throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
          throwOnStrictError(ipcEmitter, isSubprocess, controller)
        ]);
      } catch (error) {
        disconnect(anyProcess);
        throw error;
      } finally {
        controller.abort();
        removeReference(channel, reference);
      }
    };
    getMessage = async (ipcEmitter, filter, { signal }) => {
      if (filter === void 0) {
        const [message] = await once5(ipcEmitter, "message", { signal });
        return message;
      }
      for await (const [message] of on2(ipcEmitter, "message", { signal })) {
        if (filter(message)) {
          return message;
        }
      }
    };
    throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
      await once5(ipcEmitter, "disconnect", { signal });
      throwOnEarlyDisconnect(isSubprocess);
    };
    throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
      const [error] = await once5(ipcEmitter, "strict:error", { signal });
      throw getStrictResponseError(error, isSubprocess);
    };
  }
});

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage, loopOnMessages, stopOnDisconnect, abortOnStrictError, iterateOnMessages, throwIfStrictError;
var init_get_each = __esm({
  "node_modules/execa/lib/ipc/get-each.js"() {
    init_validation();
    init_forward();
    init_reference();
    getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
      anyProcess,
      channel,
      isSubprocess,
      ipc,
      shouldAwait: !isSubprocess,
      reference
    });
    loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
      validateIpcMethod({
        methodName: "getEachMessage",
        isSubprocess,
        ipc,
        isConnected: isConnected(anyProcess)
      });
      addReference(channel, reference);
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const controller = new AbortController();
      const state = {};
      stopOnDisconnect(anyProcess, ipcEmitter, controller);
      abortOnStrictError({
        ipcEmitter,
        isSubprocess,
        controller,
        state
      });
      return iterateOnMessages({
        anyProcess,
        channel,
        ipcEmitter,
        isSubprocess,
        shouldAwait,
        controller,
        state,
        reference
      });
    };
    stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
      try {
        await once6(ipcEmitter, "disconnect", { signal: controller.signal });
        controller.abort();
      } catch {
      }
    };
    abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
      try {
        const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
        state.error = getStrictResponseError(error, isSubprocess);
        controller.abort();
      } catch {
      }
    };
    iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
      try {
        for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
          throwIfStrictError(state);
          yield message;
        }
      } catch {
        throwIfStrictError(state);
      } finally {
        controller.abort();
        removeReference(channel, reference);
        if (!isSubprocess) {
          disconnect(anyProcess);
        }
        if (shouldAwait) {
          await anyProcess;
        }
      }
    };
    throwIfStrictError = ({ error }) => {
      if (error) {
        throw error;
      }
    };
  }
});

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";
var addIpcMethods, getIpcExport, getIpcMethods;
var init_methods = __esm({
  "node_modules/execa/lib/ipc/methods.js"() {
    init_send();
    init_get_one();
    init_get_each();
    init_graceful();
    addIpcMethods = (subprocess, { ipc }) => {
      Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
    };
    getIpcExport = () => {
      const anyProcess = process8;
      const isSubprocess = true;
      const ipc = process8.channel !== void 0;
      return {
        ...getIpcMethods(anyProcess, isSubprocess, ipc),
        getCancelSignal: getCancelSignal.bind(void 0, {
          anyProcess,
          channel: anyProcess.channel,
          isSubprocess,
          ipc
        })
      };
    };
    getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
      sendMessage: sendMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      }),
      getOneMessage: getOneMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      }),
      getEachMessage: getEachMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      })
    });
  }
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError, createDummyStreams, createDummyStream, readable, writable, duplex, handleDummyPromise;
var init_early_error = __esm({
  "node_modules/execa/lib/return/early-error.js"() {
    init_handle();
    init_result();
    init_reject();
    handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options: options3, startTime, verboseInfo }) => {
      cleanupCustomStreams(fileDescriptors);
      const subprocess = new ChildProcess2();
      createDummyStreams(subprocess, fileDescriptors);
      Object.assign(subprocess, { readable, writable, duplex });
      const earlyError = makeEarlyError({
        error,
        command,
        escapedCommand,
        fileDescriptors,
        options: options3,
        startTime,
        isSync: false
      });
      const promise = handleDummyPromise(earlyError, verboseInfo, options3);
      return { subprocess, promise };
    };
    createDummyStreams = (subprocess, fileDescriptors) => {
      const stdin = createDummyStream();
      const stdout = createDummyStream();
      const stderr = createDummyStream();
      const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
      const all = createDummyStream();
      const stdio = [stdin, stdout, stderr, ...extraStdio];
      Object.assign(subprocess, {
        stdin,
        stdout,
        stderr,
        all,
        stdio
      });
    };
    createDummyStream = () => {
      const stream = new PassThrough();
      stream.end();
      return stream;
    };
    readable = () => new Readable({ read() {
    } });
    writable = () => new Writable({ write() {
    } });
    duplex = () => new Duplex({ read() {
    }, write() {
    } });
    handleDummyPromise = async (error, verboseInfo, options3) => handleResult(error, verboseInfo, options3);
  }
});

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync, forbiddenIfAsync, addProperties2, addPropertiesAsync;
var init_handle_async = __esm({
  "node_modules/execa/lib/stdio/handle-async.js"() {
    init_generator();
    init_handle();
    init_type();
    handleStdioAsync = (options3, verboseInfo) => handleStdio(addPropertiesAsync, options3, verboseInfo, false);
    forbiddenIfAsync = ({ type, optionName }) => {
      throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
    };
    addProperties2 = {
      fileNumber: forbiddenIfAsync,
      generator: generatorToStream,
      asyncGenerator: generatorToStream,
      nodeStream: ({ value }) => ({ stream: value }),
      webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
        const objectMode = writableObjectMode || readableObjectMode;
        const stream = Duplex2.fromWeb(transform, { objectMode });
        return { stream };
      },
      duplex: ({ value: { transform } }) => ({ stream: transform }),
      native() {
      }
    };
    addPropertiesAsync = {
      input: {
        ...addProperties2,
        fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
        filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
        webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
        iterable: ({ value }) => ({ stream: Readable2.from(value) }),
        asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
        string: ({ value }) => ({ stream: Readable2.from(value) }),
        uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
      },
      output: {
        ...addProperties2,
        fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
        filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
        webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
        iterable: forbiddenIfAsync,
        asyncIterable: forbiddenIfAsync,
        string: forbiddenIfAsync,
        uint8Array: forbiddenIfAsync
      }
    };
  }
});

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark, MergedStream, onMergedStreamFinished, onMergedStreamEnd, onInputStreamsUnpipe, validateStream, endWhenStreamsDone, afterMergedStreamFinished, onInputStreamEnd, onInputStreamUnpipe, endStream, errorOrAbortStream, isAbortError, abortStream, errorStream, noop2, updateMaxListeners, PASSTHROUGH_LISTENERS_COUNT, PASSTHROUGH_LISTENERS_PER_STREAM;
var init_merge_streams = __esm({
  "node_modules/@sindresorhus/merge-streams/index.js"() {
    getHighWaterMark = (streams, objectMode) => {
      if (streams.length === 0) {
        return getDefaultHighWaterMark2(objectMode);
      }
      const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
      return Math.max(...highWaterMarks);
    };
    MergedStream = class extends PassThroughStream {
      #streams = /* @__PURE__ */ new Set([]);
      #ended = /* @__PURE__ */ new Set([]);
      #aborted = /* @__PURE__ */ new Set([]);
      #onFinished;
      #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
      #streamPromises = /* @__PURE__ */ new WeakMap();
      add(stream) {
        validateStream(stream);
        if (this.#streams.has(stream)) {
          return;
        }
        this.#streams.add(stream);
        this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
        const streamPromise = endWhenStreamsDone({
          passThroughStream: this,
          stream,
          streams: this.#streams,
          ended: this.#ended,
          aborted: this.#aborted,
          onFinished: this.#onFinished,
          unpipeEvent: this.#unpipeEvent
        });
        this.#streamPromises.set(stream, streamPromise);
        stream.pipe(this, { end: false });
      }
      async remove(stream) {
        validateStream(stream);
        if (!this.#streams.has(stream)) {
          return false;
        }
        const streamPromise = this.#streamPromises.get(stream);
        if (streamPromise === void 0) {
          return false;
        }
        this.#streamPromises.delete(stream);
        stream.unpipe(this);
        await streamPromise;
        return true;
      }
    };
    onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
      updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
      const controller = new AbortController();
      try {
        await Promise.race([
          onMergedStreamEnd(passThroughStream, controller),
          onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
        ]);
      } finally {
        controller.abort();
        updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
      }
    };
    onMergedStreamEnd = async (passThroughStream, { signal }) => {
      try {
        await finished2(passThroughStream, { signal, cleanup: true });
      } catch (error) {
        errorOrAbortStream(passThroughStream, error);
        throw error;
      }
    };
    onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
      for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
        if (streams.has(unpipedStream)) {
          unpipedStream.emit(unpipeEvent);
        }
      }
    };
    validateStream = (stream) => {
      if (typeof stream?.pipe !== "function") {
        throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
      }
    };
    endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
      updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
      const controller = new AbortController();
      try {
        await Promise.race([
          afterMergedStreamFinished(onFinished, stream, controller),
          onInputStreamEnd({
            passThroughStream,
            stream,
            streams,
            ended,
            aborted: aborted2,
            controller
          }),
          onInputStreamUnpipe({
            stream,
            streams,
            ended,
            aborted: aborted2,
            unpipeEvent,
            controller
          })
        ]);
      } finally {
        controller.abort();
        updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
      }
      if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
        if (ended.size === 0 && aborted2.size > 0) {
          abortStream(passThroughStream);
        } else {
          endStream(passThroughStream);
        }
      }
    };
    afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
      try {
        await onFinished;
        if (!signal.aborted) {
          abortStream(stream);
        }
      } catch (error) {
        if (!signal.aborted) {
          errorOrAbortStream(stream, error);
        }
      }
    };
    onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
      try {
        await finished2(stream, {
          signal,
          cleanup: true,
          readable: true,
          writable: false
        });
        if (streams.has(stream)) {
          ended.add(stream);
        }
      } catch (error) {
        if (signal.aborted || !streams.has(stream)) {
          return;
        }
        if (isAbortError(error)) {
          aborted2.add(stream);
        } else {
          errorStream(passThroughStream, error);
        }
      }
    };
    onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
      await once7(stream, unpipeEvent, { signal });
      if (!stream.readable) {
        return once7(signal, "abort", { signal });
      }
      streams.delete(stream);
      ended.delete(stream);
      aborted2.delete(stream);
    };
    endStream = (stream) => {
      if (stream.writable) {
        stream.end();
      }
    };
    errorOrAbortStream = (stream, error) => {
      if (isAbortError(error)) {
        abortStream(stream);
      } else {
        errorStream(stream, error);
      }
    };
    isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
    abortStream = (stream) => {
      if (stream.readable || stream.writable) {
        stream.destroy();
      }
    };
    errorStream = (stream, error) => {
      if (!stream.destroyed) {
        stream.once("error", noop2);
        stream.destroy(error);
      }
    };
    noop2 = () => {
    };
    updateMaxListeners = (passThroughStream, increment2) => {
      const maxListeners = passThroughStream.getMaxListeners();
      if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
        passThroughStream.setMaxListeners(maxListeners + increment2);
      }
    };
    PASSTHROUGH_LISTENERS_COUNT = 2;
    PASSTHROUGH_LISTENERS_PER_STREAM = 1;
  }
});

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams, onSourceFinish, endDestinationStream, onDestinationFinish, abortSourceStream;
var init_pipeline = __esm({
  "node_modules/execa/lib/io/pipeline.js"() {
    init_standard_stream();
    pipeStreams = (source, destination) => {
      source.pipe(destination);
      onSourceFinish(source, destination);
      onDestinationFinish(source, destination);
    };
    onSourceFinish = async (source, destination) => {
      if (isStandardStream(source) || isStandardStream(destination)) {
        return;
      }
      try {
        await finished3(source, { cleanup: true, readable: true, writable: false });
      } catch {
      }
      endDestinationStream(destination);
    };
    endDestinationStream = (destination) => {
      if (destination.writable) {
        destination.end();
      }
    };
    onDestinationFinish = async (source, destination) => {
      if (isStandardStream(source) || isStandardStream(destination)) {
        return;
      }
      try {
        await finished3(destination, { cleanup: true, readable: false, writable: true });
      } catch {
      }
      abortSourceStream(source);
    };
    abortSourceStream = (source) => {
      if (source.readable) {
        source.destroy();
      }
    };
  }
});

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync, pipeTransform, SUBPROCESS_STREAM_PROPERTIES, pipeStdioItem, setStandardStreamMaxListeners, MAX_LISTENERS_INCREMENT;
var init_output_async = __esm({
  "node_modules/execa/lib/io/output-async.js"() {
    init_merge_streams();
    init_standard_stream();
    init_max_listeners();
    init_type();
    init_pipeline();
    pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
      const pipeGroups = /* @__PURE__ */ new Map();
      for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
        for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
          pipeTransform(subprocess, stream, direction, fdNumber);
        }
        for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
          pipeStdioItem({
            subprocess,
            stream,
            direction,
            fdNumber,
            pipeGroups,
            controller
          });
        }
      }
      for (const [outputStream, inputStreams] of pipeGroups.entries()) {
        const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
        pipeStreams(inputStream, outputStream);
      }
    };
    pipeTransform = (subprocess, stream, direction, fdNumber) => {
      if (direction === "output") {
        pipeStreams(subprocess.stdio[fdNumber], stream);
      } else {
        pipeStreams(stream, subprocess.stdio[fdNumber]);
      }
      const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
      if (streamProperty !== void 0) {
        subprocess[streamProperty] = stream;
      }
      subprocess.stdio[fdNumber] = stream;
    };
    SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
    pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
      if (stream === void 0) {
        return;
      }
      setStandardStreamMaxListeners(stream, controller);
      const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
      const outputStreams = pipeGroups.get(inputStream) ?? [];
      pipeGroups.set(inputStream, [...outputStreams, outputStream]);
    };
    setStandardStreamMaxListeners = (stream, { signal }) => {
      if (isStandardStream(stream)) {
        incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
      }
    };
    MAX_LISTENERS_INCREMENT = 2;
  }
});

// node_modules/signal-exit/dist/mjs/signals.js
var signals;
var init_signals2 = __esm({
  "node_modules/signal-exit/dist/mjs/signals.js"() {
    signals = [];
    signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      signals.push(
        "SIGALRM",
        "SIGABRT",
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/mjs/index.js
var processOk, kExitEmitter, global2, ObjectDefineProperty, Emitter, SignalExitBase, signalExitWrap, SignalExitFallback, SignalExit, process9, onExit, load, unload;
var init_mjs = __esm({
  "node_modules/signal-exit/dist/mjs/index.js"() {
    init_signals2();
    processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
    kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    global2 = globalThis;
    ObjectDefineProperty = Object.defineProperty.bind(Object);
    Emitter = class {
      emitted = {
        afterExit: false,
        exit: false
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global2[kExitEmitter]) {
          return global2[kExitEmitter];
        }
        ObjectDefineProperty(global2, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i2 = list.indexOf(fn);
        if (i2 === -1) {
          return;
        }
        if (i2 === 0 && list.length === 1) {
          list.length = 0;
        } else {
          list.splice(i2, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
          ret = fn(code, signal) === true || ret;
        }
        if (ev === "exit") {
          ret = this.emit("afterExit", code, signal) || ret;
        }
        return ret;
      }
    };
    SignalExitBase = class {
    };
    signalExitWrap = (handler) => {
      return {
        onExit(cb, opts) {
          return handler.onExit(cb, opts);
        },
        load() {
          return handler.load();
        },
        unload() {
          return handler.unload();
        }
      };
    };
    SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    };
    SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = false;
      constructor(process10) {
        super();
        this.#process = process10;
        this.#sigListeners = {};
        for (const sig of signals) {
          this.#sigListeners[sig] = () => {
            const listeners = this.#process.listeners(sig);
            let { count: count2 } = this.#emitter;
            const p = process10;
            if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
              count2 += p.__signal_exit_emitter__.count;
            }
            if (listeners.length === count2) {
              this.unload();
              const ret = this.#emitter.emit("exit", null, sig);
              const s = sig === "SIGHUP" ? this.#hupSig : sig;
              if (!ret)
                process10.kill(process10.pid, s);
            }
          };
        }
        this.#originalProcessReallyExit = process10.reallyExit;
        this.#originalProcessEmit = process10.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process)) {
          return () => {
          };
        }
        if (this.#loaded === false) {
          this.load();
        }
        const ev = opts?.alwaysLast ? "afterExit" : "exit";
        this.#emitter.on(ev, cb);
        return () => {
          this.#emitter.removeListener(ev, cb);
          if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
            this.unload();
          }
        };
      }
      load() {
        if (this.#loaded) {
          return;
        }
        this.#loaded = true;
        this.#emitter.count += 1;
        for (const sig of signals) {
          try {
            const fn = this.#sigListeners[sig];
            if (fn)
              this.#process.on(sig, fn);
          } catch (_) {
          }
        }
        this.#process.emit = (ev, ...a2) => {
          return this.#processEmit(ev, ...a2);
        };
        this.#process.reallyExit = (code) => {
          return this.#processReallyExit(code);
        };
      }
      unload() {
        if (!this.#loaded) {
          return;
        }
        this.#loaded = false;
        signals.forEach((sig) => {
          const listener = this.#sigListeners[sig];
          if (!listener) {
            throw new Error("Listener not defined for signal: " + sig);
          }
          try {
            this.#process.removeListener(sig, listener);
          } catch (_) {
          }
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
      }
      #processReallyExit(code) {
        if (!processOk(this.#process)) {
          return 0;
        }
        this.#process.exitCode = code || 0;
        this.#emitter.emit("exit", this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
      }
      #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args[0] === "number") {
            this.#process.exitCode = args[0];
          }
          const ret = og.call(this.#process, ev, ...args);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args);
        }
      }
    };
    process9 = globalThis.process;
    ({
      onExit: (
        /**
         * Called when the process is exiting, whether via signal, explicit
         * exit, or running out of stuff to do.
         *
         * If the global process object is not suitable for instrumentation,
         * then this will be a no-op.
         *
         * Returns a function that may be used to unload signal-exit.
         */
        onExit
      ),
      load: (
        /**
         * Load the listeners.  Likely you never need to call this, unless
         * doing a rather deep integration with signal-exit functionality.
         * Mostly exposed for the benefit of testing.
         *
         * @internal
         */
        load
      ),
      unload: (
        /**
         * Unload the listeners.  Likely you never need to call this, unless
         * doing a rather deep integration with signal-exit functionality.
         * Mostly exposed for the benefit of testing.
         *
         * @internal
         */
        unload
      )
    } = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback()));
  }
});

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";
var cleanupOnExit;
var init_cleanup = __esm({
  "node_modules/execa/lib/terminate/cleanup.js"() {
    init_mjs();
    cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
      if (!cleanup || detached) {
        return;
      }
      const removeExitHandler = onExit(() => {
        subprocess.kill();
      });
      addAbortListener2(signal, () => {
        removeExitHandler();
      });
    };
  }
});

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments, getDestinationStream, getDestination, mapDestinationArguments, getSourceStream;
var init_pipe_arguments = __esm({
  "node_modules/execa/lib/pipe/pipe-arguments.js"() {
    init_parameters();
    init_duration();
    init_fd_options();
    init_file_url();
    normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
      const startTime = getStartTime();
      const {
        destination,
        destinationStream,
        destinationError,
        from,
        unpipeSignal
      } = getDestinationStream(boundOptions, createNested, pipeArguments);
      const { sourceStream, sourceError } = getSourceStream(source, from);
      const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
      return {
        sourcePromise,
        sourceStream,
        sourceOptions,
        sourceError,
        destination,
        destinationStream,
        destinationError,
        unpipeSignal,
        fileDescriptors,
        startTime
      };
    };
    getDestinationStream = (boundOptions, createNested, pipeArguments) => {
      try {
        const {
          destination,
          pipeOptions: { from, to, unpipeSignal } = {}
        } = getDestination(boundOptions, createNested, ...pipeArguments);
        const destinationStream = getToStream(destination, to);
        return {
          destination,
          destinationStream,
          from,
          unpipeSignal
        };
      } catch (error) {
        return { destinationError: error };
      }
    };
    getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
      if (Array.isArray(firstArgument)) {
        const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
        return { destination, pipeOptions: boundOptions };
      }
      if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
        if (Object.keys(boundOptions).length > 0) {
          throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
        }
        const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
        const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
        return { destination, pipeOptions: rawOptions };
      }
      if (SUBPROCESS_OPTIONS.has(firstArgument)) {
        if (Object.keys(boundOptions).length > 0) {
          throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
        }
        return { destination: firstArgument, pipeOptions: pipeArguments[0] };
      }
      throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
    };
    mapDestinationArguments = ({ options: options3 }) => ({ options: { ...options3, stdin: "pipe", piped: true } });
    getSourceStream = (source, from) => {
      try {
        const sourceStream = getFromStream(source, from);
        return { sourceStream };
      } catch (error) {
        return { sourceError: error };
      }
    };
  }
});

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError, getPipeArgumentsError, createNonCommandError, PIPE_COMMAND_MESSAGE;
var init_throw = __esm({
  "node_modules/execa/lib/pipe/throw.js"() {
    init_result();
    init_pipeline();
    handlePipeArgumentsError = ({
      sourceStream,
      sourceError,
      destinationStream,
      destinationError,
      fileDescriptors,
      sourceOptions,
      startTime
    }) => {
      const error = getPipeArgumentsError({
        sourceStream,
        sourceError,
        destinationStream,
        destinationError
      });
      if (error !== void 0) {
        throw createNonCommandError({
          error,
          fileDescriptors,
          sourceOptions,
          startTime
        });
      }
    };
    getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
      if (sourceError !== void 0 && destinationError !== void 0) {
        return destinationError;
      }
      if (destinationError !== void 0) {
        abortSourceStream(sourceStream);
        return destinationError;
      }
      if (sourceError !== void 0) {
        endDestinationStream(destinationStream);
        return sourceError;
      }
    };
    createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
      error,
      command: PIPE_COMMAND_MESSAGE,
      escapedCommand: PIPE_COMMAND_MESSAGE,
      fileDescriptors,
      options: sourceOptions,
      startTime,
      isSync: false
    });
    PIPE_COMMAND_MESSAGE = "source.pipe(destination)";
  }
});

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses;
var init_sequence = __esm({
  "node_modules/execa/lib/pipe/sequence.js"() {
    waitForBothSubprocesses = async (subprocessPromises) => {
      const [
        { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
        { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
      ] = await subprocessPromises;
      if (!destinationResult.pipedFrom.includes(sourceResult)) {
        destinationResult.pipedFrom.push(sourceResult);
      }
      if (destinationStatus === "rejected") {
        throw destinationResult;
      }
      if (sourceStatus === "rejected") {
        throw sourceResult;
      }
      return destinationResult;
    };
  }
});

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream, pipeFirstSubprocessStream, pipeMoreSubprocessStream, cleanupMergedStreamsMap, MERGED_STREAMS, SOURCE_LISTENERS_PER_PIPE, DESTINATION_LISTENERS_PER_PIPE;
var init_streaming = __esm({
  "node_modules/execa/lib/pipe/streaming.js"() {
    init_merge_streams();
    init_max_listeners();
    init_pipeline();
    pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
      const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
      incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
      incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
      cleanupMergedStreamsMap(destinationStream);
      return mergedStream;
    };
    pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
      const mergedStream = mergeStreams([sourceStream]);
      pipeStreams(mergedStream, destinationStream);
      MERGED_STREAMS.set(destinationStream, mergedStream);
      return mergedStream;
    };
    pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
      const mergedStream = MERGED_STREAMS.get(destinationStream);
      mergedStream.add(sourceStream);
      return mergedStream;
    };
    cleanupMergedStreamsMap = async (destinationStream) => {
      try {
        await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
      } catch {
      }
      MERGED_STREAMS.delete(destinationStream);
    };
    MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
    SOURCE_LISTENERS_PER_PIPE = 2;
    DESTINATION_LISTENERS_PER_PIPE = 1;
  }
});

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort, unpipeOnSignalAbort;
var init_abort = __esm({
  "node_modules/execa/lib/pipe/abort.js"() {
    init_throw();
    unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
    unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
      await aborted(unpipeSignal, sourceStream);
      await mergedStream.remove(sourceStream);
      const error = new Error("Pipe canceled by `unpipeSignal` option.");
      throw createNonCommandError({
        error,
        fileDescriptors,
        sourceOptions,
        startTime
      });
    };
  }
});

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess, handlePipePromise, getSubprocessPromises;
var init_setup = __esm({
  "node_modules/execa/lib/pipe/setup.js"() {
    init_is_plain_obj();
    init_pipe_arguments();
    init_throw();
    init_sequence();
    init_streaming();
    init_abort();
    pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
      if (isPlainObject(pipeArguments[0])) {
        return pipeToSubprocess.bind(void 0, {
          ...sourceInfo,
          boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
        });
      }
      const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
      const promise = handlePipePromise({ ...normalizedInfo, destination });
      promise.pipe = pipeToSubprocess.bind(void 0, {
        ...sourceInfo,
        source: destination,
        sourcePromise: promise,
        boundOptions: {}
      });
      return promise;
    };
    handlePipePromise = async ({
      sourcePromise,
      sourceStream,
      sourceOptions,
      sourceError,
      destination,
      destinationStream,
      destinationError,
      unpipeSignal,
      fileDescriptors,
      startTime
    }) => {
      const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
      handlePipeArgumentsError({
        sourceStream,
        sourceError,
        destinationStream,
        destinationError,
        fileDescriptors,
        sourceOptions,
        startTime
      });
      const maxListenersController = new AbortController();
      try {
        const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
        return await Promise.race([
          waitForBothSubprocesses(subprocessPromises),
          ...unpipeOnAbort(unpipeSignal, {
            sourceStream,
            mergedStream,
            sourceOptions,
            fileDescriptors,
            startTime
          })
        ]);
      } finally {
        maxListenersController.abort();
      }
    };
    getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);
  }
});

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream, stopReadingOnExit, iterateForResult, stopReadingOnStreamEnd, iterateOnStream, DEFAULT_OBJECT_HIGH_WATER_MARK, HIGH_WATER_MARK, iterateOnData, getGenerators;
var init_iterate = __esm({
  "node_modules/execa/lib/io/iterate.js"() {
    init_encoding_transform();
    init_split();
    init_run_sync();
    iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
      const controller = new AbortController();
      stopReadingOnExit(subprocess, controller);
      return iterateOnStream({
        stream: subprocessStdout,
        controller,
        binary,
        shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
        encoding,
        shouldSplit: !subprocessStdout.readableObjectMode,
        preserveNewlines
      });
    };
    stopReadingOnExit = async (subprocess, controller) => {
      try {
        await subprocess;
      } catch {
      } finally {
        controller.abort();
      }
    };
    iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
      const controller = new AbortController();
      stopReadingOnStreamEnd(onStreamEnd, controller, stream);
      const objectMode = stream.readableObjectMode && !allMixed;
      return iterateOnStream({
        stream,
        controller,
        binary: encoding === "buffer",
        shouldEncode: !objectMode,
        encoding,
        shouldSplit: !objectMode && lines,
        preserveNewlines: !stripFinalNewline2
      });
    };
    stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
      try {
        await onStreamEnd;
      } catch {
        stream.destroy();
      } finally {
        controller.abort();
      }
    };
    iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
      const onStdoutChunk = on5(stream, "data", {
        signal: controller.signal,
        highWaterMark: HIGH_WATER_MARK,
        // Backward compatibility with older name for this option
        // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
        // @todo Remove after removing support for Node 21
        highWatermark: HIGH_WATER_MARK
      });
      return iterateOnData({
        onStdoutChunk,
        controller,
        binary,
        shouldEncode,
        encoding,
        shouldSplit,
        preserveNewlines
      });
    };
    DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
    HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
    iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
      const generators = getGenerators({
        binary,
        shouldEncode,
        encoding,
        shouldSplit,
        preserveNewlines
      });
      try {
        for await (const [chunk] of onStdoutChunk) {
          yield* transformChunkSync(chunk, generators, 0);
        }
      } catch (error) {
        if (!controller.signal.aborted) {
          throw error;
        }
      } finally {
        yield* finalChunksSync(generators);
      }
    };
    getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
      getEncodingTransformGenerator(binary, encoding, !shouldEncode),
      getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
    ].filter(Boolean);
  }
});

// node_modules/execa/lib/io/contents.js
import { setImmediate } from "node:timers/promises";
var getStreamOutput, logOutputAsync, resumeStream, getStreamContents2, getBufferedData, handleBufferedData;
var init_contents2 = __esm({
  "node_modules/execa/lib/io/contents.js"() {
    init_source();
    init_uint_array();
    init_output();
    init_iterate();
    init_max_buffer();
    init_strip_newline();
    getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
      const logPromise = logOutputAsync({
        stream,
        onStreamEnd,
        fdNumber,
        encoding,
        allMixed,
        verboseInfo,
        streamInfo
      });
      if (!buffer) {
        await Promise.all([resumeStream(stream), logPromise]);
        return;
      }
      const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
      const iterable = iterateForResult({
        stream,
        onStreamEnd,
        lines,
        encoding,
        stripFinalNewline: stripFinalNewlineValue,
        allMixed
      });
      const [output] = await Promise.all([
        getStreamContents2({
          stream,
          iterable,
          fdNumber,
          encoding,
          maxBuffer,
          lines
        }),
        logPromise
      ]);
      return output;
    };
    logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
      if (!shouldLogOutput({
        stdioItems: fileDescriptors[fdNumber]?.stdioItems,
        encoding,
        verboseInfo,
        fdNumber
      })) {
        return;
      }
      const linesIterable = iterateForResult({
        stream,
        onStreamEnd,
        lines: true,
        encoding,
        stripFinalNewline: true,
        allMixed
      });
      await logLines(linesIterable, stream, fdNumber, verboseInfo);
    };
    resumeStream = async (stream) => {
      await setImmediate();
      if (stream.readableFlowing === null) {
        stream.resume();
      }
    };
    getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
      try {
        if (readableObjectMode || lines) {
          return await getStreamAsArray(iterable, { maxBuffer });
        }
        if (encoding === "buffer") {
          return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
        }
        return await getStreamAsString(iterable, { maxBuffer });
      } catch (error) {
        return handleBufferedData(handleMaxBuffer({
          error,
          stream,
          readableObjectMode,
          lines,
          encoding,
          fdNumber
        }));
      }
    };
    getBufferedData = async (streamPromise) => {
      try {
        return await streamPromise;
      } catch (error) {
        return handleBufferedData(error);
      }
    };
    handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;
  }
});

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream, handleStdinDestroy, spyOnStdinDestroy, setStdinCleanedUp, handleStreamError, shouldIgnoreStreamError, isInputFileDescriptor, isStreamAbort, isStreamEpipe;
var init_wait_stream = __esm({
  "node_modules/execa/lib/resolve/wait-stream.js"() {
    waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
      const state = handleStdinDestroy(stream, streamInfo);
      const abortController = new AbortController();
      try {
        await Promise.race([
          ...stopOnExit ? [streamInfo.exitPromise] : [],
          finished5(stream, { cleanup: true, signal: abortController.signal })
        ]);
      } catch (error) {
        if (!state.stdinCleanedUp) {
          handleStreamError(error, fdNumber, streamInfo, isSameDirection);
        }
      } finally {
        abortController.abort();
      }
    };
    handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
      const state = { stdinCleanedUp: false };
      if (stream === originalStdin) {
        spyOnStdinDestroy(stream, subprocess, state);
      }
      return state;
    };
    spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
      const { _destroy } = subprocessStdin;
      subprocessStdin._destroy = (...destroyArguments) => {
        setStdinCleanedUp(subprocess, state);
        _destroy.call(subprocessStdin, ...destroyArguments);
      };
    };
    setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
      if (exitCode !== null || signalCode !== null) {
        state.stdinCleanedUp = true;
      }
    };
    handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
      if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
        throw error;
      }
    };
    shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
      if (streamInfo.propagating) {
        return isStreamEpipe(error) || isStreamAbort(error);
      }
      streamInfo.propagating = true;
      return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
    };
    isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
    isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
    isStreamEpipe = (error) => error?.code === "EPIPE";
  }
});

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams, waitForSubprocessStream;
var init_stdio = __esm({
  "node_modules/execa/lib/resolve/stdio.js"() {
    init_contents2();
    init_wait_stream();
    waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
      stream,
      fdNumber,
      encoding,
      buffer: buffer[fdNumber],
      maxBuffer: maxBuffer[fdNumber],
      lines: lines[fdNumber],
      allMixed: false,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }));
    waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
      if (!stream) {
        return;
      }
      const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
      if (isInputFileDescriptor(streamInfo, fdNumber)) {
        await onStreamEnd;
        return;
      }
      const [output] = await Promise.all([
        getStreamOutput({
          stream,
          onStreamEnd,
          fdNumber,
          encoding,
          buffer,
          maxBuffer,
          lines,
          allMixed,
          stripFinalNewline: stripFinalNewline2,
          verboseInfo,
          streamInfo
        }),
        onStreamEnd
      ]);
      return output;
    };
  }
});

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream, waitForAllStream, getAllStream, getAllMixed;
var init_all_async = __esm({
  "node_modules/execa/lib/resolve/all-async.js"() {
    init_merge_streams();
    init_stdio();
    makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
    waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
      ...getAllStream(subprocess, buffer),
      fdNumber: "all",
      encoding,
      maxBuffer: maxBuffer[1] + maxBuffer[2],
      lines: lines[1] || lines[2],
      allMixed: getAllMixed(subprocess),
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    });
    getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
      const buffer = bufferStdout || bufferStderr;
      if (!buffer) {
        return { stream: all, buffer };
      }
      if (!bufferStdout) {
        return { stream: stderr, buffer };
      }
      if (!bufferStderr) {
        return { stream: stdout, buffer };
      }
      return { stream: all, buffer };
    };
    getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;
  }
});

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc, logIpcOutput;
var init_ipc = __esm({
  "node_modules/execa/lib/verbose/ipc.js"() {
    init_log();
    init_values();
    shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
    logIpcOutput = (message, verboseInfo) => {
      const verboseMessage = serializeVerboseMessage(message);
      verboseLog({
        type: "ipc",
        verboseMessage,
        fdNumber: "ipc",
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput, getBufferedIpcOutput;
var init_buffer_messages = __esm({
  "node_modules/execa/lib/ipc/buffer-messages.js"() {
    init_max_buffer();
    init_ipc();
    init_specific();
    init_get_each();
    waitForIpcOutput = async ({
      subprocess,
      buffer: bufferArray,
      maxBuffer: maxBufferArray,
      ipc,
      ipcOutput,
      verboseInfo
    }) => {
      if (!ipc) {
        return ipcOutput;
      }
      const isVerbose2 = shouldLogIpc(verboseInfo);
      const buffer = getFdSpecificValue(bufferArray, "ipc");
      const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
      for await (const message of loopOnMessages({
        anyProcess: subprocess,
        channel: subprocess.channel,
        isSubprocess: false,
        ipc,
        shouldAwait: false,
        reference: true
      })) {
        if (buffer) {
          checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
          ipcOutput.push(message);
        }
        if (isVerbose2) {
          logIpcOutput(message, verboseInfo);
        }
      }
      return ipcOutput;
    };
    getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
      await Promise.allSettled([ipcOutputPromise]);
      return ipcOutput;
    };
  }
});

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";
var waitForSubprocessResult, waitForOriginalStreams, waitForCustomStreamsEnd, throwOnSubprocessError;
var init_wait_subprocess = __esm({
  "node_modules/execa/lib/resolve/wait-subprocess.js"() {
    init_is_stream();
    init_timeout();
    init_cancel();
    init_graceful2();
    init_standard_stream();
    init_type();
    init_contents2();
    init_buffer_messages();
    init_ipc_input();
    init_all_async();
    init_stdio();
    init_exit_async();
    init_wait_stream();
    waitForSubprocessResult = async ({
      subprocess,
      options: {
        encoding,
        buffer,
        maxBuffer,
        lines,
        timeoutDuration: timeout,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        stripFinalNewline: stripFinalNewline2,
        ipc,
        ipcInput
      },
      context,
      verboseInfo,
      fileDescriptors,
      originalStreams,
      onInternalError,
      controller
    }) => {
      const exitPromise = waitForExit(subprocess, context);
      const streamInfo = {
        originalStreams,
        fileDescriptors,
        subprocess,
        exitPromise,
        propagating: false
      };
      const stdioPromises = waitForStdioStreams({
        subprocess,
        encoding,
        buffer,
        maxBuffer,
        lines,
        stripFinalNewline: stripFinalNewline2,
        verboseInfo,
        streamInfo
      });
      const allPromise = waitForAllStream({
        subprocess,
        encoding,
        buffer,
        maxBuffer,
        lines,
        stripFinalNewline: stripFinalNewline2,
        verboseInfo,
        streamInfo
      });
      const ipcOutput = [];
      const ipcOutputPromise = waitForIpcOutput({
        subprocess,
        buffer,
        maxBuffer,
        ipc,
        ipcOutput,
        verboseInfo
      });
      const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
      const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
      try {
        return await Promise.race([
          Promise.all([
            {},
            waitForSuccessfulExit(exitPromise),
            Promise.all(stdioPromises),
            allPromise,
            ipcOutputPromise,
            sendIpcInput(subprocess, ipcInput),
            ...originalPromises,
            ...customStreamsEndPromises
          ]),
          onInternalError,
          throwOnSubprocessError(subprocess, controller),
          ...throwOnTimeout(subprocess, timeout, context, controller),
          ...throwOnCancel({
            subprocess,
            cancelSignal,
            gracefulCancel,
            context,
            controller
          }),
          ...throwOnGracefulCancel({
            subprocess,
            cancelSignal,
            gracefulCancel,
            forceKillAfterDelay,
            context,
            controller
          })
        ]);
      } catch (error) {
        context.terminationReason ??= "other";
        return Promise.all([
          { error },
          exitPromise,
          Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
          getBufferedData(allPromise),
          getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
          Promise.allSettled(originalPromises),
          Promise.allSettled(customStreamsEndPromises)
        ]);
      }
    };
    waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
    waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
      isSameDirection: TRANSFORM_TYPES.has(type),
      stopOnExit: type === "native"
    })));
    throwOnSubprocessError = async (subprocess, { signal }) => {
      const [error] = await once8(subprocess, "error", { signal });
      throw error;
    };
  }
});

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams, addConcurrentStream, waitForConcurrentStreams;
var init_concurrent = __esm({
  "node_modules/execa/lib/convert/concurrent.js"() {
    init_deferred();
    initializeConcurrentStreams = () => ({
      readableDestroy: /* @__PURE__ */ new WeakMap(),
      writableFinal: /* @__PURE__ */ new WeakMap(),
      writableDestroy: /* @__PURE__ */ new WeakMap()
    });
    addConcurrentStream = (concurrentStreams, stream, waitName) => {
      const weakMap = concurrentStreams[waitName];
      if (!weakMap.has(stream)) {
        weakMap.set(stream, []);
      }
      const promises = weakMap.get(stream);
      const promise = createDeferred();
      promises.push(promise);
      const resolve5 = promise.resolve.bind(promise);
      return { resolve: resolve5, promises };
    };
    waitForConcurrentStreams = async ({ resolve: resolve5, promises }, subprocess) => {
      resolve5();
      const [isSubprocessExit] = await Promise.race([
        Promise.allSettled([true, subprocess]),
        Promise.all([false, ...promises])
      ]);
      return !isSubprocessExit;
    };
  }
});

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin, safeWaitForSubprocessStdout, waitForSubprocessStdin, waitForSubprocessStdout, waitForSubprocess, destroyOtherStream;
var init_shared = __esm({
  "node_modules/execa/lib/convert/shared.js"() {
    init_wait_stream();
    safeWaitForSubprocessStdin = async (subprocessStdin) => {
      if (subprocessStdin === void 0) {
        return;
      }
      try {
        await waitForSubprocessStdin(subprocessStdin);
      } catch {
      }
    };
    safeWaitForSubprocessStdout = async (subprocessStdout) => {
      if (subprocessStdout === void 0) {
        return;
      }
      try {
        await waitForSubprocessStdout(subprocessStdout);
      } catch {
      }
    };
    waitForSubprocessStdin = async (subprocessStdin) => {
      await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
    };
    waitForSubprocessStdout = async (subprocessStdout) => {
      await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
    };
    waitForSubprocess = async (subprocess, error) => {
      await subprocess;
      if (error) {
        throw error;
      }
    };
    destroyOtherStream = (stream, isOpen, error) => {
      if (error && !isStreamAbort(error)) {
        stream.destroy(error);
      } else if (isOpen) {
        stream.destroy();
      }
    };
  }
});

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";
var createReadable, getSubprocessStdout, getReadableOptions, getReadableMethods, onRead, onStdoutFinished, onReadableDestroy, destroyOtherReadable;
var init_readable = __esm({
  "node_modules/execa/lib/convert/readable.js"() {
    init_encoding_option();
    init_fd_options();
    init_iterate();
    init_deferred();
    init_concurrent();
    init_shared();
    createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
      const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
      const { read, onStdoutDataDone } = getReadableMethods({
        subprocessStdout,
        subprocess,
        binary,
        encoding,
        preserveNewlines
      });
      const readable2 = new Readable3({
        read,
        destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
        highWaterMark: readableHighWaterMark,
        objectMode: readableObjectMode,
        encoding: readableEncoding
      });
      onStdoutFinished({
        subprocessStdout,
        onStdoutDataDone,
        readable: readable2,
        subprocess
      });
      return readable2;
    };
    getSubprocessStdout = (subprocess, from, concurrentStreams) => {
      const subprocessStdout = getFromStream(subprocess, from);
      const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
      return { subprocessStdout, waitReadableDestroy };
    };
    getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
    getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
      const onStdoutDataDone = createDeferred();
      const onStdoutData = iterateOnSubprocessStream({
        subprocessStdout,
        subprocess,
        binary,
        shouldEncode: !binary,
        encoding,
        preserveNewlines
      });
      return {
        read() {
          onRead(this, onStdoutData, onStdoutDataDone);
        },
        onStdoutDataDone
      };
    };
    onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
      try {
        const { value, done } = await onStdoutData.next();
        if (done) {
          onStdoutDataDone.resolve();
        } else {
          readable2.push(value);
        }
      } catch {
      }
    };
    onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
      try {
        await waitForSubprocessStdout(subprocessStdout);
        await subprocess;
        await safeWaitForSubprocessStdin(subprocessStdin);
        await onStdoutDataDone;
        if (readable2.readable) {
          readable2.push(null);
        }
      } catch (error) {
        await safeWaitForSubprocessStdin(subprocessStdin);
        destroyOtherReadable(readable2, error);
      }
    };
    onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
      if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
        destroyOtherReadable(subprocessStdout, error);
        await waitForSubprocess(subprocess, error);
      }
    };
    destroyOtherReadable = (stream, error) => {
      destroyOtherStream(stream, stream.readable, error);
    };
  }
});

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable, getSubprocessStdin, getWritableMethods, onWrite, onWritableFinal, onStdinFinished, onWritableDestroy, destroyOtherWritable;
var init_writable = __esm({
  "node_modules/execa/lib/convert/writable.js"() {
    init_fd_options();
    init_concurrent();
    init_shared();
    createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
      const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
      const writable2 = new Writable3({
        ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
        destroy: callbackify3(onWritableDestroy.bind(void 0, {
          subprocessStdin,
          subprocess,
          waitWritableFinal,
          waitWritableDestroy
        })),
        highWaterMark: subprocessStdin.writableHighWaterMark,
        objectMode: subprocessStdin.writableObjectMode
      });
      onStdinFinished(subprocessStdin, writable2);
      return writable2;
    };
    getSubprocessStdin = (subprocess, to, concurrentStreams) => {
      const subprocessStdin = getToStream(subprocess, to);
      const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
      const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
      return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
    };
    getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
      write: onWrite.bind(void 0, subprocessStdin),
      final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
    });
    onWrite = (subprocessStdin, chunk, encoding, done) => {
      if (subprocessStdin.write(chunk, encoding)) {
        done();
      } else {
        subprocessStdin.once("drain", done);
      }
    };
    onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
      if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
        if (subprocessStdin.writable) {
          subprocessStdin.end();
        }
        await subprocess;
      }
    };
    onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
      try {
        await waitForSubprocessStdin(subprocessStdin);
        if (writable2.writable) {
          writable2.end();
        }
      } catch (error) {
        await safeWaitForSubprocessStdout(subprocessStdout);
        destroyOtherWritable(writable2, error);
      }
    };
    onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
      await waitForConcurrentStreams(waitWritableFinal, subprocess);
      if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
        destroyOtherWritable(subprocessStdin, error);
        await waitForSubprocess(subprocess, error);
      }
    };
    destroyOtherWritable = (stream, error) => {
      destroyOtherStream(stream, stream.writable, error);
    };
  }
});

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex, onDuplexDestroy;
var init_duplex = __esm({
  "node_modules/execa/lib/convert/duplex.js"() {
    init_encoding_option();
    init_readable();
    init_writable();
    createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
      const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
      const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
      const { read, onStdoutDataDone } = getReadableMethods({
        subprocessStdout,
        subprocess,
        binary,
        encoding,
        preserveNewlines
      });
      const duplex2 = new Duplex3({
        read,
        ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
        destroy: callbackify4(onDuplexDestroy.bind(void 0, {
          subprocessStdout,
          subprocessStdin,
          subprocess,
          waitReadableDestroy,
          waitWritableFinal,
          waitWritableDestroy
        })),
        readableHighWaterMark,
        writableHighWaterMark: subprocessStdin.writableHighWaterMark,
        readableObjectMode,
        writableObjectMode: subprocessStdin.writableObjectMode,
        encoding: readableEncoding
      });
      onStdoutFinished({
        subprocessStdout,
        onStdoutDataDone,
        readable: duplex2,
        subprocess,
        subprocessStdin
      });
      onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
      return duplex2;
    };
    onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
      await Promise.all([
        onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
        onWritableDestroy({
          subprocessStdin,
          subprocess,
          waitWritableFinal,
          waitWritableDestroy
        }, error)
      ]);
    };
  }
});

// node_modules/execa/lib/convert/iterable.js
var createIterable, iterateOnStdoutData;
var init_iterable = __esm({
  "node_modules/execa/lib/convert/iterable.js"() {
    init_encoding_option();
    init_fd_options();
    init_iterate();
    createIterable = (subprocess, encoding, {
      from,
      binary: binaryOption = false,
      preserveNewlines = false
    } = {}) => {
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const subprocessStdout = getFromStream(subprocess, from);
      const onStdoutData = iterateOnSubprocessStream({
        subprocessStdout,
        subprocess,
        binary,
        shouldEncode: true,
        encoding,
        preserveNewlines
      });
      return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
    };
    iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
      try {
        yield* onStdoutData;
      } finally {
        if (subprocessStdout.readable) {
          subprocessStdout.destroy();
        }
        await subprocess;
      }
    };
  }
});

// node_modules/execa/lib/convert/add.js
var addConvertedStreams;
var init_add = __esm({
  "node_modules/execa/lib/convert/add.js"() {
    init_concurrent();
    init_readable();
    init_writable();
    init_duplex();
    init_iterable();
    addConvertedStreams = (subprocess, { encoding }) => {
      const concurrentStreams = initializeConcurrentStreams();
      subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
      subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
      subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
      subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
      subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
    };
  }
});

// node_modules/execa/lib/methods/promise.js
var mergePromise, nativePromisePrototype, descriptors;
var init_promise = __esm({
  "node_modules/execa/lib/methods/promise.js"() {
    mergePromise = (subprocess, promise) => {
      for (const [property, descriptor] of descriptors) {
        const value = descriptor.value.bind(promise);
        Reflect.defineProperty(subprocess, property, { ...descriptor, value });
      }
    };
    nativePromisePrototype = (async () => {
    })().constructor.prototype;
    descriptors = ["then", "catch", "finally"].map((property) => [
      property,
      Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
    ]);
  }
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";
var execaCoreAsync, handleAsyncArguments, handleAsyncOptions, spawnSubprocessAsync, handlePromise, getAsyncResult;
var init_main_async = __esm({
  "node_modules/execa/lib/methods/main-async.js"() {
    init_source();
    init_command();
    init_options();
    init_fd_options();
    init_shell();
    init_methods();
    init_result();
    init_reject();
    init_early_error();
    init_handle_async();
    init_strip_newline();
    init_output_async();
    init_kill();
    init_cleanup();
    init_setup();
    init_all_async();
    init_wait_subprocess();
    init_add();
    init_deferred();
    init_promise();
    execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
      const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options: options3, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
      const { subprocess, promise } = spawnSubprocessAsync({
        file,
        commandArguments,
        options: options3,
        startTime,
        verboseInfo,
        command,
        escapedCommand,
        fileDescriptors
      });
      subprocess.pipe = pipeToSubprocess.bind(void 0, {
        source: subprocess,
        sourcePromise: promise,
        boundOptions: {},
        createNested
      });
      mergePromise(subprocess, promise);
      SUBPROCESS_OPTIONS.set(subprocess, { options: options3, fileDescriptors });
      return subprocess;
    };
    handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
      const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
      const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
      const options3 = handleAsyncOptions(normalizedOptions);
      const fileDescriptors = handleStdioAsync(options3, verboseInfo);
      return {
        file,
        commandArguments,
        command,
        escapedCommand,
        startTime,
        verboseInfo,
        options: options3,
        fileDescriptors
      };
    };
    handleAsyncOptions = ({ timeout, signal, ...options3 }) => {
      if (signal !== void 0) {
        throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
      }
      return { ...options3, timeoutDuration: timeout };
    };
    spawnSubprocessAsync = ({ file, commandArguments, options: options3, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
      let subprocess;
      try {
        subprocess = spawn(...concatenateShell(file, commandArguments, options3));
      } catch (error) {
        return handleEarlyError({
          error,
          command,
          escapedCommand,
          fileDescriptors,
          options: options3,
          startTime,
          verboseInfo
        });
      }
      const controller = new AbortController();
      setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
      const originalStreams = [...subprocess.stdio];
      pipeOutputAsync(subprocess, fileDescriptors, controller);
      cleanupOnExit(subprocess, options3, controller);
      const context = {};
      const onInternalError = createDeferred();
      subprocess.kill = subprocessKill.bind(void 0, {
        kill: subprocess.kill.bind(subprocess),
        options: options3,
        onInternalError,
        context,
        controller
      });
      subprocess.all = makeAllStream(subprocess, options3);
      addConvertedStreams(subprocess, options3);
      addIpcMethods(subprocess, options3);
      const promise = handlePromise({
        subprocess,
        options: options3,
        startTime,
        verboseInfo,
        fileDescriptors,
        originalStreams,
        command,
        escapedCommand,
        context,
        onInternalError,
        controller
      });
      return { subprocess, promise };
    };
    handlePromise = async ({ subprocess, options: options3, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
      const [
        errorInfo,
        [exitCode, signal],
        stdioResults,
        allResult,
        ipcOutput
      ] = await waitForSubprocessResult({
        subprocess,
        options: options3,
        context,
        verboseInfo,
        fileDescriptors,
        originalStreams,
        onInternalError,
        controller
      });
      controller.abort();
      onInternalError.resolve();
      const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options3, fdNumber));
      const all = stripNewline(allResult, options3, "all");
      const result = getAsyncResult({
        errorInfo,
        exitCode,
        signal,
        stdio,
        all,
        ipcOutput,
        context,
        options: options3,
        command,
        escapedCommand,
        startTime
      });
      return handleResult(result, verboseInfo, options3);
    };
    getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options: options3, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
      error: errorInfo.error,
      command,
      escapedCommand,
      timedOut: context.terminationReason === "timeout",
      isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
      isGracefullyCanceled: context.terminationReason === "gracefulCancel",
      isMaxBuffer: errorInfo.error instanceof MaxBufferError,
      isForcefullyTerminated: context.isForcefullyTerminated,
      exitCode,
      signal,
      stdio,
      all,
      ipcOutput,
      options: options3,
      startTime,
      isSync: false
    }) : makeSuccessResult({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput,
      options: options3,
      startTime
    });
  }
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions, mergeOption, DEEP_OPTIONS;
var init_bind = __esm({
  "node_modules/execa/lib/methods/bind.js"() {
    init_is_plain_obj();
    init_specific();
    mergeOptions = (boundOptions, options3) => {
      const newOptions = Object.fromEntries(
        Object.entries(options3).map(([optionName, optionValue]) => [
          optionName,
          mergeOption(optionName, boundOptions[optionName], optionValue)
        ])
      );
      return { ...boundOptions, ...newOptions };
    };
    mergeOption = (optionName, boundOptionValue, optionValue) => {
      if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
        return { ...boundOptionValue, ...optionValue };
      }
      return optionValue;
    };
    DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);
  }
});

// node_modules/execa/lib/methods/create.js
var createExeca, callBoundExeca, parseArguments;
var init_create = __esm({
  "node_modules/execa/lib/methods/create.js"() {
    init_is_plain_obj();
    init_parameters();
    init_template();
    init_main_sync();
    init_main_async();
    init_bind();
    createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
      const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
      const boundExeca = (...execaArguments) => callBoundExeca({
        mapArguments,
        deepOptions,
        boundOptions,
        setBoundExeca,
        createNested
      }, ...execaArguments);
      if (setBoundExeca !== void 0) {
        setBoundExeca(boundExeca, createNested, boundOptions);
      }
      return boundExeca;
    };
    callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
      if (isPlainObject(firstArgument)) {
        return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
      }
      const { file, commandArguments, options: options3, isSync } = parseArguments({
        mapArguments,
        firstArgument,
        nextArguments,
        deepOptions,
        boundOptions
      });
      return isSync ? execaCoreSync(file, commandArguments, options3) : execaCoreAsync(file, commandArguments, options3, createNested);
    };
    parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
      const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
      const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
      const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
      const {
        file = initialFile,
        commandArguments = initialArguments,
        options: options3 = mergedOptions,
        isSync = false
      } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
      return {
        file,
        commandArguments,
        options: options3,
        isSync
      };
    };
  }
});

// node_modules/execa/lib/methods/command.js
var mapCommandAsync, mapCommandSync, parseCommand, parseCommandString, SPACES_REGEXP;
var init_command2 = __esm({
  "node_modules/execa/lib/methods/command.js"() {
    mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
    mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
    parseCommand = (command, unusedArguments) => {
      if (unusedArguments.length > 0) {
        throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
      }
      const [file, ...commandArguments] = parseCommandString(command);
      return { file, commandArguments };
    };
    parseCommandString = (command) => {
      if (typeof command !== "string") {
        throw new TypeError(`The command must be a string: ${String(command)}.`);
      }
      const trimmedCommand = command.trim();
      if (trimmedCommand === "") {
        return [];
      }
      const tokens = [];
      for (const token of trimmedCommand.split(SPACES_REGEXP)) {
        const previousToken = tokens.at(-1);
        if (previousToken && previousToken.endsWith("\\")) {
          tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
        } else {
          tokens.push(token);
        }
      }
      return tokens;
    };
    SPACES_REGEXP = / +/g;
  }
});

// node_modules/execa/lib/methods/script.js
var setScriptSync, mapScriptAsync, mapScriptSync, getScriptOptions, getScriptStdinOption, deepScriptOptions;
var init_script = __esm({
  "node_modules/execa/lib/methods/script.js"() {
    setScriptSync = (boundExeca, createNested, boundOptions) => {
      boundExeca.sync = createNested(mapScriptSync, boundOptions);
      boundExeca.s = boundExeca.sync;
    };
    mapScriptAsync = ({ options: options3 }) => getScriptOptions(options3);
    mapScriptSync = ({ options: options3 }) => ({ ...getScriptOptions(options3), isSync: true });
    getScriptOptions = (options3) => ({ options: { ...getScriptStdinOption(options3), ...options3 } });
    getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
    deepScriptOptions = { preferLocal: true };
  }
});

// node_modules/execa/index.js
var execa, execaSync, execaCommand, execaCommandSync, execaNode, $, sendMessage2, getOneMessage2, getEachMessage2, getCancelSignal2;
var init_execa = __esm({
  "node_modules/execa/index.js"() {
    init_create();
    init_command2();
    init_node2();
    init_script();
    init_methods();
    execa = createExeca(() => ({}));
    execaSync = createExeca(() => ({ isSync: true }));
    execaCommand = createExeca(mapCommandAsync);
    execaCommandSync = createExeca(mapCommandSync);
    execaNode = createExeca(mapNode);
    $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
    ({
      sendMessage: sendMessage2,
      getOneMessage: getOneMessage2,
      getEachMessage: getEachMessage2,
      getCancelSignal: getCancelSignal2
    } = getIpcExport());
  }
});

// src/sandbox/cgroup-writer.ts
import { mkdir, rmdir as rmdir2, writeFile } from "node:fs/promises";
function quoteForShell(word) {
  return /^[A-Za-z0-9_./=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
var JOIN_FAILED_EXIT_CODE, directJoin, DirectWriter, SudoWriter;
var init_cgroup_writer = __esm({
  "src/sandbox/cgroup-writer.ts"() {
    "use strict";
    init_execa();
    init_cgroup_files();
    JOIN_FAILED_EXIT_CODE = 125;
    directJoin = `echo $$ > "$1" || exit ${JOIN_FAILED_EXIT_CODE}; shift; exec "$@"`;
    DirectWriter = class {
      privileged = false;
      async mkdir(path11) {
        await mkdir(path11);
      }
      async write(file, value) {
        await writeFile(file, value);
      }
      async rmdir(path11) {
        await rmdir2(path11);
      }
      async kill(pid) {
        sendSigkill(pid);
      }
      joinCommand(procsFile, command) {
        return ["/bin/sh", "-c", directJoin, "memgate-join", procsFile, ...command];
      }
    };
    SudoWriter = class {
      /** @param sudo the sudo command and its options, such as ['sudo', '-n'] */
      constructor(sudo = ["sudo", "-n"]) {
        this.sudo = sudo;
      }
      sudo;
      privileged = true;
      async mkdir(path11) {
        await this.run(["mkdir", path11]);
      }
      async write(file, value) {
        await this.run(["tee", file], value);
      }
      async rmdir(path11) {
        try {
          await this.run(["rmdir", path11]);
        } catch (error) {
          if (!await pathExists(path11)) return;
          throw Object.assign(error, { code: "EBUSY" });
        }
      }
      async kill(pid) {
        if (sendSigkill(pid)) return;
        await this.run(["kill", "-9", String(pid)]).catch(() => void 0);
      }
      joinCommand(procsFile, command) {
        const sudo = this.sudo.map(quoteForShell).join(" ");
        const script = `echo $$ | ${sudo} tee "$1" >/dev/null || exit ${JOIN_FAILED_EXIT_CODE}; shift; exec "$@"`;
        return ["/bin/sh", "-c", script, "memgate-join", procsFile, ...command];
      }
      async run(args, input) {
        const [file, ...options3] = this.sudo;
        await execa(file ?? "sudo", [...options3, ...args], {
          input: input ?? "",
          stdout: "ignore"
        });
      }
    };
  }
});

// src/sandbox/detect.ts
import { join as join3 } from "node:path";
async function detectCgroupMounts(fsRoot = "") {
  const mountinfo = await readOptionalText(`${fsRoot}/proc/self/mountinfo`);
  const cgroupFile = await readOptionalText(`${fsRoot}/proc/self/cgroup`);
  const mounts = parseMountinfo(mountinfo ?? "");
  const own = parseProcCgroup(cgroupFile ?? "");
  return {
    v2: await findV2(mounts, own, fsRoot),
    v1Memory: findV1Memory(mounts, own, fsRoot)
  };
}
function parseMountinfo(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const [left, right] = line.split(" - ");
    if (!left || !right) continue;
    const fields = left.split(" ");
    const [fsType, , superOptions] = right.split(" ");
    entries.push({
      root: unescapeMountField(fields[3] ?? ""),
      mountPoint: unescapeMountField(fields[4] ?? ""),
      fsType: fsType ?? "",
      superOptions: (superOptions ?? "").split(",")
    });
  }
  return entries;
}
function parseProcCgroup(text) {
  const paths = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const match = /^\d+:([^:]*):(.*)$/.exec(line);
    if (!match) continue;
    for (const controller of (match[1] ?? "").split(",")) {
      paths.set(controller, match[2] ?? "/");
    }
  }
  return paths;
}
async function findV2(mounts, own, fsRoot) {
  for (const mount of mounts.filter((m) => m.fsType === "cgroup2")) {
    const mountPoint = fsRoot + mount.mountPoint;
    const controllers = await readOptionalText(
      join3(mountPoint, "cgroup.controllers")
    );
    if (!controllers?.split(/\s+/).includes("memory")) continue;
    const ownPath = own.get("") ?? "/";
    return { mountPoint, ownCgroup: relativeToRoot(ownPath, mount.root) };
  }
  return null;
}
function findV1Memory(mounts, own, fsRoot) {
  const mount = mounts.find(
    (m) => m.fsType === "cgroup" && m.superOptions.includes("memory")
  );
  if (!mount) return null;
  const mountPoint = fsRoot + mount.mountPoint;
  const ownPath = own.get("memory");
  return {
    mountPoint,
    ownCgroupPath: ownPath === void 0 ? null : join3(mountPoint, relativeToRoot(ownPath, mount.root))
  };
}
function relativeToRoot(path11, root) {
  if (root === "/" || !path11.startsWith(root)) return path11;
  return path11.slice(root.length) || "/";
}
function unescapeMountField(field) {
  return field.replace(
    /\\([0-7]{3})/g,
    (_, octal) => String.fromCharCode(parseInt(octal, 8))
  );
}
var init_detect = __esm({
  "src/sandbox/detect.ts"() {
    "use strict";
    init_cgroup_files();
  }
});

// src/sandbox/limit.ts
function validateLimit(limitBytes) {
  if (!Number.isSafeInteger(limitBytes) || limitBytes <= 0) {
    throw new UsageError(
      `Invalid memory limit ${limitBytes}: give a whole, positive number of bytes, such as 268435456 for 256MiB.`
    );
  }
  return limitBytes;
}
var init_limit = __esm({
  "src/sandbox/limit.ts"() {
    "use strict";
    init_errors();
  }
});

// src/sandbox/cgroup-v1.ts
import { access as access2, constants as constants4 } from "node:fs/promises";
import { join as join4 } from "node:path";
async function checkParent(parentPath, mountPoint) {
  const real = await resolveBelowMount(parentPath, mountPoint);
  if (!await pathExists(join4(real, "memory.limit_in_bytes"))) {
    throw new MeasurementError(
      `The cgroup v1 parent ${parentPath} is not a memory cgroup (no memory.limit_in_bytes). Give a folder below the memory hierarchy, such as /sys/fs/cgroup/memory/ci, with --cgroup-parent, or use --sandbox measure-only.`
    );
  }
  await access2(real, constants4.W_OK).catch((error) => {
    throw new MeasurementError(
      `The cgroup v1 memory parent ${parentPath} is not writable (${error.message}). Give a writable memory cgroup with --cgroup-parent, or use --sandbox measure-only.`
    );
  });
  return real;
}
async function findMemoryMount() {
  const mounts = await detectCgroupMounts();
  if (mounts.v1Memory === null) {
    throw new MeasurementError(
      "cgroup v1 is not usable: no cgroup v1 hierarchy has the memory controller. Use --sandbox cgroup-v2 where the host has cgroup v2, or --sandbox measure-only."
    );
  }
  return mounts.v1Memory.mountPoint;
}
async function hostHasSwap(swapsFile = "/proc/swaps") {
  const text = await readOptionalText(swapsFile) ?? "";
  return text.split("\n").slice(1).some((line) => line.trim() !== "");
}
var CgroupV1Sandbox, CgroupV1Run;
var init_cgroup_v1 = __esm({
  "src/sandbox/cgroup-v1.ts"() {
    "use strict";
    init_errors();
    init_cgroup_files();
    init_cgroup_run();
    init_cgroup_writer();
    init_detect();
    init_limit();
    init_registry();
    CgroupV1Sandbox = class _CgroupV1Sandbox {
      constructor(parentPath, warnings, swapAccounting, writer) {
        this.parentPath = parentPath;
        this.warnings = warnings;
        this.swapAccounting = swapAccounting;
        this.writer = writer;
      }
      parentPath;
      warnings;
      swapAccounting;
      writer;
      kind = "cgroup-v1";
      cgroupVersion = 1;
      limitEnforced = true;
      /** Checks the parent and swap accounting; throws MeasurementError where unusable. */
      static async open(options3) {
        const parentPath = await checkParent(
          options3.parentPath,
          options3.mountPoint ?? await findMemoryMount()
        );
        const memsw = join4(parentPath, "memory.memsw.limit_in_bytes");
        const swapAccounting = await pathExists(memsw);
        const warnings = [];
        if (!swapAccounting && await hostHasSwap(options3.swapsFile)) {
          warnings.push(
            `cgroup v1 swap accounting is off (no memory.memsw.limit_in_bytes) and the host has swap: a workload may swap instead of being OOM-killed at the limit, so its peak undercounts. Boot with swapaccount=1 or turn swap off (swapoff -a).`
          );
        }
        const writer = options3.writer ?? new DirectWriter();
        return new _CgroupV1Sandbox(parentPath, warnings, swapAccounting, writer);
      }
      async createRun(options3) {
        const limit = String(validateLimit(options3.limitBytes));
        const path11 = join4(this.parentPath, makeRunName(options3.label));
        const run2 = await trackCreation(async () => {
          await this.writer.mkdir(path11);
          return new CgroupV1Run(path11, this.writer);
        });
        try {
          await this.writer.write(join4(path11, "memory.limit_in_bytes"), limit);
          if (this.swapAccounting) {
            await this.writer.write(
              join4(path11, "memory.memsw.limit_in_bytes"),
              limit
            );
          }
        } catch (error) {
          await run2.destroy();
          throw new MeasurementError(
            `Failed to set the memory limit ${limit} on cgroup ${path11}: ${error.message}.`
          );
        }
        return run2;
      }
    };
    CgroupV1Run = class extends CgroupRun {
      async sample() {
        const usageBytes = await readNumberFile(
          join4(this.path, "memory.usage_in_bytes")
        );
        const stat2 = parseFlatKeyed(
          await readOptionalText(join4(this.path, "memory.stat")) ?? ""
        );
        return {
          usageBytes,
          anonBytes: stat2.get("total_rss") ?? stat2.get("rss") ?? 0,
          fileBytes: stat2.get("total_cache") ?? stat2.get("cache") ?? 0
        };
      }
      async readPeak() {
        const file = join4(this.path, "memory.max_usage_in_bytes");
        if (await readOptionalText(file) === null) {
          throw new MeasurementError(
            `Unsupported kernel: cgroup ${this.path} has no memory.max_usage_in_bytes, so the peak cannot be read. memgate needs the cgroup v1 memory controller with usage accounting, or cgroup v2 on Linux 5.19 or later; use --sandbox measure-only for sampled figures.`
          );
        }
        return { bytes: await readNumberFile(file), source: "kernel" };
      }
      async readOomKills() {
        const file = join4(this.path, "memory.oom_control");
        const text = await readOptionalText(file);
        const oomKills = parseFlatKeyed(text ?? "").get("oom_kill");
        if (oomKills === void 0) {
          throw new MeasurementError(
            `Unsupported kernel: ${file} has no oom_kill counter (added in Linux 4.13), so OOM kills cannot be counted. Use a newer kernel or cgroup v2.`
          );
        }
        return oomKills;
      }
    };
  }
});

// src/sandbox/cgroup-v2.ts
import { join as join5 } from "node:path";
var CgroupV2Sandbox, CgroupV2Run;
var init_cgroup_v2 = __esm({
  "src/sandbox/cgroup-v2.ts"() {
    "use strict";
    init_errors();
    init_cgroup_files();
    init_cgroup_run();
    init_limit();
    init_registry();
    CgroupV2Sandbox = class {
      constructor(parent) {
        this.parent = parent;
        this.parentPath = parent.path;
      }
      parent;
      kind = "cgroup-v2";
      cgroupVersion = 2;
      limitEnforced = true;
      warnings = [];
      parentPath;
      /** Description of the parent's origin, such as "memgate-owned, created through sudo". */
      get parentReason() {
        return this.parent.reason;
      }
      async createRun(options3) {
        const limit = String(validateLimit(options3.limitBytes));
        const { writer } = this.parent;
        const path11 = join5(this.parentPath, makeRunName(options3.label));
        const run2 = await trackCreation(async () => {
          await writer.mkdir(path11);
          return new CgroupV2Run(path11, writer);
        });
        try {
          await writer.write(join5(path11, "memory.max"), limit);
          if (await pathExists(join5(path11, "memory.swap.max"))) {
            await writer.write(join5(path11, "memory.swap.max"), "0");
          }
        } catch (error) {
          await run2.destroy();
          throw new MeasurementError(
            `Failed to set memory.max ${limit} on cgroup ${path11}: ${error.message}.`
          );
        }
        return run2;
      }
      /** Removes the parent where memgate created it; runs must be destroyed first. */
      async close() {
        await this.parent.remove?.();
      }
    };
    CgroupV2Run = class extends CgroupRun {
      async sample() {
        const usageBytes = await readNumberFile(join5(this.path, "memory.current"));
        const stat2 = parseFlatKeyed(
          await readOptionalText(join5(this.path, "memory.stat")) ?? ""
        );
        return {
          usageBytes,
          anonBytes: stat2.get("anon") ?? 0,
          fileBytes: stat2.get("file") ?? 0
        };
      }
      async readPeak() {
        const file = join5(this.path, "memory.peak");
        if (await readOptionalText(file) === null) {
          throw new MeasurementError(
            `Unsupported kernel: cgroup ${this.path} has no memory.peak, which cgroup v2 has from Linux 5.19 on, so the peak cannot be read. Use a kernel of 5.19 or later, or --sandbox measure-only for sampled figures.`
          );
        }
        return { bytes: await readNumberFile(file), source: "kernel" };
      }
      async readOomKills() {
        const file = join5(this.path, "memory.events");
        const oomKills = parseFlatKeyed(await readOptionalText(file) ?? "").get(
          "oom_kill"
        );
        if (oomKills === void 0) {
          throw new MeasurementError(
            `Unsupported kernel: ${file} has no oom_kill counter (added in Linux 4.13), so OOM kills cannot be counted. Use a newer kernel.`
          );
        }
        return oomKills;
      }
      async killAtOnce() {
        const file = join5(this.path, "cgroup.kill");
        if (await pathExists(file)) await this.writer.write(file, "1");
      }
    };
  }
});

// src/sandbox/cgroup-v2-parent.ts
import { access as access3, constants as constants5 } from "node:fs/promises";
import { dirname, isAbsolute as isAbsolute2, join as join6 } from "node:path";
async function resolveV2Parent(options3) {
  const sudo = options3.sudo ?? ["sudo", "-n"];
  if (options3.cgroupParent !== void 0) {
    return useCgroupParentOption(
      options3.mountPoint,
      options3.cgroupParent,
      sudo
    );
  }
  const own = join6(options3.mountPoint, options3.ownCgroup);
  const base = options3.ownCgroup === "/" ? own : dirname(own);
  const direct = await tryCreateOwnedParent(
    base,
    ownedParentName(`memgate-${process.pid}`),
    new DirectWriter()
  );
  if (direct) return direct;
  if (await canSudo(sudo)) {
    const uid = process.getuid?.() ?? 0;
    const name = ownedParentName(`memgate-${uid}-${process.pid}`);
    const viaSudo = await tryCreateOwnedParent(
      options3.mountPoint,
      name,
      new SudoWriter(sudo)
    );
    if (viaSudo) return viaSudo;
  }
  throw new MeasurementError(
    `No writable cgroup v2 parent: neither the parent of memgate's cgroup ${own} nor, through 'sudo -n', the root cgroup is writable with the memory controller enabled for children. Give a delegated cgroup whose cgroup.subtree_control contains memory with --cgroup-parent, allow passwordless sudo, or use --sandbox measure-only.`
  );
}
async function useCgroupParentOption(mountPoint, cgroupParent, sudo) {
  const given = isAbsolute2(cgroupParent) && cgroupParent.startsWith(mountPoint) ? cgroupParent : join6(mountPoint, cgroupParent);
  const path11 = await resolveBelowMount(given, mountPoint);
  const subtree = await readOptionalText(join6(path11, "cgroup.subtree_control"));
  if (subtree === null) {
    throw new MeasurementError(
      `The --cgroup-parent ${path11} is not a cgroup v2 directory (no cgroup.subtree_control). Create it first, or give an existing cgroup below ${mountPoint}.`
    );
  }
  if (!subtree.split(/\s+/).includes("memory")) {
    throw new MeasurementError(
      `The --cgroup-parent ${path11} does not enable the memory controller for its children. Enable it with 'echo +memory > ${join6(path11, "cgroup.subtree_control")}' (the cgroup must contain no processes), or give another parent.`
    );
  }
  const writable2 = await access3(path11, constants5.W_OK).then(
    () => true,
    () => false
  );
  if (writable2) {
    return {
      path: path11,
      writer: new DirectWriter(),
      owned: false,
      reason: "--cgroup-parent"
    };
  }
  if (await canSudo(sudo)) {
    const writer = new SudoWriter(sudo);
    return {
      path: path11,
      writer,
      owned: false,
      reason: "--cgroup-parent, written through sudo"
    };
  }
  throw new MeasurementError(
    `The --cgroup-parent ${path11} is not writable by this user and 'sudo -n' is not available. Delegate it to this user (chown), or run with passwordless sudo.`
  );
}
async function tryCreateOwnedParent(base, name, writer) {
  const subtree = await readOptionalText(join6(base, "cgroup.subtree_control"));
  if (!subtree?.split(/\s+/).includes("memory")) return null;
  const path11 = join6(base, name);
  const remove = async () => {
    await removeCgroupDir(path11, (dir) => writer.rmdir(dir));
    unregisterOwnedParent(path11);
  };
  const created = await trackCreation(async () => {
    try {
      await writer.mkdir(path11);
    } catch (error) {
      if (writer.privileged || isPermissionError(error)) return false;
      throw error;
    }
    const sudo = writer instanceof SudoWriter ? writer.sudo : null;
    registerOwnedParent({ path: path11, sudo, remove });
    return true;
  });
  if (!created) return null;
  createdParents.add(name);
  try {
    await writer.write(join6(path11, "cgroup.subtree_control"), "+memory");
  } catch (error) {
    await remove();
    throw new MeasurementError(
      `Failed to enable the memory controller in ${path11}/cgroup.subtree_control: ${error.message}.`
    );
  }
  const reason = writer.privileged ? "memgate-owned, created through sudo" : "memgate-owned";
  return { path: path11, writer, owned: true, reason, remove };
}
function ownedParentName(base) {
  let name = base;
  for (let count2 = 2; createdParents.has(name); count2 += 1) {
    name = `${base}.${count2}`;
  }
  return name;
}
async function canSudo(sudo) {
  const [file, ...options3] = sudo;
  const result = await execa(file ?? "sudo", [...options3, "true"], {
    reject: false,
    stdin: "ignore"
  });
  return result.exitCode === 0;
}
function isPermissionError(error) {
  return ["EACCES", "EPERM", "EROFS"].some((code) => isErrno(error, code));
}
var createdParents;
var init_cgroup_v2_parent = __esm({
  "src/sandbox/cgroup-v2-parent.ts"() {
    "use strict";
    init_execa();
    init_errors();
    init_cgroup_files();
    init_cgroup_writer();
    init_registry();
    createdParents = /* @__PURE__ */ new Set();
  }
});

// src/sandbox/proc-tree.ts
import { readdir as readdir2 } from "node:fs/promises";
async function readProcessInfo(pid, procRoot = "/proc") {
  const text = await readOptionalText(`${procRoot}/${pid}/stat`).catch(
    () => null
  );
  if (text === null) return null;
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return {
    pid,
    state: fields[0] ?? "?",
    ppid: Number(fields[1]),
    pgid: Number(fields[2]),
    startTime: Number(fields[19])
  };
}
async function listProcesses(procRoot = "/proc") {
  const names = await readdir2(procRoot);
  const infos = await Promise.all(
    names.filter((name) => /^\d+$/.test(name)).map((name) => readProcessInfo(Number(name), procRoot))
  );
  return infos.filter((info) => info !== null);
}
function collectTree(processes, roots) {
  const children = /* @__PURE__ */ new Map();
  for (const info of processes) {
    children.set(info.ppid, [...children.get(info.ppid) ?? [], info]);
  }
  const found = /* @__PURE__ */ new Map();
  const queue = processes.filter((info) => roots.has(info.pid));
  while (queue.length > 0) {
    const info = queue.pop();
    if (found.has(info.pid)) continue;
    found.set(info.pid, info);
    queue.push(...children.get(info.pid) ?? []);
  }
  return [...found.values()].filter((info) => info.state !== "Z");
}
async function readProcessRss(pid, procRoot = "/proc") {
  const text = await readOptionalText(`${procRoot}/${pid}/status`).catch(
    () => null
  );
  if (text === null) return null;
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
  return {
    anonBytes: kib("RssAnon") * 1024,
    fileBytes: (kib("RssFile") + kib("RssShmem")) * 1024
  };
}
var init_proc_tree = __esm({
  "src/sandbox/proc-tree.ts"() {
    "use strict";
    init_cgroup_files();
  }
});

// src/sandbox/measure-only.ts
import { setTimeout as sleep4 } from "node:timers/promises";
var MEASURE_ONLY_WARNING, MeasureOnlySandbox, KILL_DEADLINE_MS2, MeasureOnlyRun;
var init_measure_only = __esm({
  "src/sandbox/measure-only.ts"() {
    "use strict";
    init_errors();
    init_cgroup_files();
    init_proc_tree();
    init_limit();
    init_registry();
    MEASURE_ONLY_WARNING = 'The memory limit is NOT enforced: no usable cgroup, so memgate samples the RSS of the process tree. Peaks are sampled and can miss short spikes; a run whose sampled peak passes the limit is marked "would exceed the limit", never as an OOM kill.';
    MeasureOnlySandbox = class {
      /** @param reasons why no cgroup sandbox is used, added to the warnings */
      constructor(reasons = [], procRoot = "/proc") {
        this.procRoot = procRoot;
        this.warnings = [MEASURE_ONLY_WARNING, ...reasons];
      }
      procRoot;
      kind = "measure-only";
      cgroupVersion = null;
      parentPath = null;
      limitEnforced = false;
      warnings;
      async createRun(options3) {
        validateLimit(options3.limitBytes);
        return new MeasureOnlyRun(this.procRoot);
      }
    };
    KILL_DEADLINE_MS2 = 1e4;
    MeasureOnlyRun = class {
      constructor(procRoot = "/proc") {
        this.procRoot = procRoot;
        registerRun(this);
      }
      procRoot;
      path = null;
      rootPid = null;
      /** Every process seen in the tree, so that orphans are still counted and killed. */
      seen = /* @__PURE__ */ new Map();
      peakBytes = 0;
      /** True once a sample found resident memory in the tree. */
      sampled = false;
      /** Process group of the root where it leads its own group, else null. */
      rootGroup = null;
      destroyed = false;
      wrap(command) {
        return [...command];
      }
      attach(pid) {
        this.rootPid = pid;
      }
      async sample() {
        const tree = await this.findTree();
        const rss = await Promise.all(
          tree.map((info) => readProcessRss(info.pid, this.procRoot))
        );
        let anonBytes = 0;
        let fileBytes = 0;
        for (const entry of rss) {
          anonBytes += entry?.anonBytes ?? 0;
          fileBytes += entry?.fileBytes ?? 0;
        }
        const usageBytes = anonBytes + fileBytes;
        this.peakBytes = Math.max(this.peakBytes, usageBytes);
        if (usageBytes > 0) this.sampled = true;
        return { usageBytes, anonBytes, fileBytes };
      }
      /**
       * Returns the largest sampled sum, marked `unsampled` where the workload
       * ended before any sample found it running.
       */
      async readPeak() {
        const peak = { bytes: this.peakBytes, source: "sampled" };
        if (!this.sampled) peak.unsampled = true;
        return peak;
      }
      async readOomKills() {
        return 0;
      }
      async killAll() {
        await this.killProcessGroup();
        const deadline = Date.now() + KILL_DEADLINE_MS2;
        for (; ; ) {
          const tree = await this.findTree();
          if (tree.length === 0) return;
          if (Date.now() > deadline) {
            throw new MeasurementError(
              `Processes ${tree.map((info) => info.pid).join(", ")} of the workload survived SIGKILL for ${KILL_DEADLINE_MS2 / 1e3} s. Kill them by hand.`
            );
          }
          for (const info of tree) sendSigkill(info.pid);
          await sleep4(10);
        }
      }
      async destroy() {
        if (this.destroyed) return;
        await this.killAll();
        this.destroyed = true;
        unregisterRun(this);
      }
      /** Finds the live tree below the root and below every process seen before. */
      async findTree() {
        if (this.rootPid === null) return [];
        const processes = await listProcesses(this.procRoot);
        const roots = /* @__PURE__ */ new Set();
        for (const info of processes) {
          const isRoot = info.pid === this.rootPid && this.isSameProcess(info);
          if (isRoot || this.seen.get(info.pid) === info.startTime) {
            roots.add(info.pid);
          }
        }
        const tree = collectTree(processes, roots).filter(
          (info) => this.isSameProcess(info)
        );
        for (const info of tree) this.seen.set(info.pid, info.startTime);
        this.rememberRootGroup(tree);
        return tree;
      }
      // A pid seen before with another start time was reused by an unrelated process.
      isSameProcess(info) {
        const startTime = this.seen.get(info.pid);
        return startTime === void 0 || startTime === info.startTime;
      }
      // Also catches processes forked after the last sample, as long as they
      // stayed in the workload's process group (where the runner starts it
      // detached, the root leads a group of its own).
      async killProcessGroup() {
        const own = await readProcessInfo(process.pid, this.procRoot);
        if (this.rootGroup !== null && this.rootGroup !== own?.pgid) {
          sendSigkill(-this.rootGroup);
        }
      }
      rememberRootGroup(tree) {
        const root = tree.find((info) => info.pid === this.rootPid);
        if (root && root.pgid === root.pid) this.rootGroup = root.pgid;
      }
    };
  }
});

// src/sandbox/index.ts
import { resolve } from "node:path";
async function openSandbox(options3 = {}) {
  const kind = options3.kind ?? "auto";
  if (!SANDBOX_KINDS.includes(kind)) {
    throw new UsageError(
      `Invalid sandbox "${kind}": use one of ${SANDBOX_KINDS.join(", ")}.`
    );
  }
  if (options3.cgroupParent !== void 0 && options3.cgroupParent.trim() === "") {
    throw new UsageError(
      `Invalid --cgroup-parent "": give the path of an existing cgroup, such as /sys/fs/cgroup/memory/ci, or leave the option out to use memgate's own cgroup.`
    );
  }
  if (kind === "measure-only") return new MeasureOnlySandbox();
  const mounts = await detectCgroupMounts(options3.fsRoot);
  if (kind === "cgroup-v2") return openV2(mounts, options3);
  if (kind === "cgroup-v1") return openV1(mounts, options3);
  return openAuto(mounts, options3);
}
async function openAuto(mounts, options3) {
  if (options3.cgroupParent !== void 0) {
    if (mounts.v2 !== null) return openV2(mounts, options3);
    if (mounts.v1Memory !== null) return openV1(mounts, options3);
    throw new MeasurementError(
      `Cannot use --cgroup-parent ${options3.cgroupParent}: no cgroup mount on this host has the memory controller. Leave the option out to measure without a cap (measure-only).`
    );
  }
  const reasons = [];
  for (const open of [openV2, openV1]) {
    try {
      return await open(mounts, options3);
    } catch (error) {
      if (!(error instanceof MeasurementError)) throw error;
      reasons.push(error.message);
    }
  }
  return new MeasureOnlySandbox(reasons);
}
async function openV2(mounts, options3) {
  if (mounts.v2 === null) {
    throw new MeasurementError(
      "cgroup v2 is not usable: no cgroup2 mount offers the memory controller (it may be bound to cgroup v1). Use --sandbox cgroup-v1, or --sandbox measure-only."
    );
  }
  const parent = await resolveV2Parent({
    ...mounts.v2,
    cgroupParent: options3.cgroupParent,
    sudo: options3.sudo
  });
  return new CgroupV2Sandbox(parent);
}
async function openV1(mounts, options3) {
  if (mounts.v1Memory === null) {
    throw new MeasurementError(
      "cgroup v1 is not usable: no cgroup v1 hierarchy has the memory controller. Use --sandbox cgroup-v2 where the host has cgroup v2, or --sandbox measure-only."
    );
  }
  const { mountPoint, ownCgroupPath } = mounts.v1Memory;
  const { cgroupParent } = options3;
  const parentPath = cgroupParent === void 0 ? ownCgroupPath : resolve(mountPoint, cgroupParent);
  if (parentPath === null) {
    throw new MeasurementError(
      `memgate's own memory cgroup is not listed in /proc/self/cgroup. Give a writable memory cgroup below ${mountPoint} with --cgroup-parent, or use --sandbox measure-only.`
    );
  }
  return CgroupV1Sandbox.open({
    parentPath,
    mountPoint,
    swapsFile: `${options3.fsRoot ?? ""}/proc/swaps`
  });
}
var SANDBOX_KINDS;
var init_sandbox = __esm({
  "src/sandbox/index.ts"() {
    "use strict";
    init_errors();
    init_cgroup_v1();
    init_cgroup_v2();
    init_cgroup_v2_parent();
    init_detect();
    init_measure_only();
    init_registry();
    init_cgroup_writer();
    init_measure_only();
    SANDBOX_KINDS = [
      "auto",
      "cgroup-v2",
      "cgroup-v1",
      "measure-only"
    ];
  }
});

// src/compare/environment.ts
function describeEnvironmentDifferences(baseline, current) {
  if (baseline === void 0 || current === void 0) return [];
  const fields = [
    ["python", baseline.python?.version, current.python?.version],
    ["cgroup version", baseline.cgroupVersion, current.cgroupVersion],
    ["sandbox", baseline.sandbox, current.sandbox],
    ["arch", baseline.arch, current.arch]
  ];
  const differences = fields.filter(([, before, after]) => before !== after).map(([name, before, after]) => `${name} ${show(before)} \u2192 ${show(after)}`);
  const names = /* @__PURE__ */ new Set([
    ...Object.keys(baseline.variables ?? {}),
    ...Object.keys(current.variables ?? {})
  ]);
  for (const name of [...names].sort()) {
    const before = baseline.variables?.[name];
    const after = current.variables?.[name];
    if (before !== after)
      differences.push(`${name} ${show(before)} \u2192 ${show(after)}`);
  }
  return differences;
}
function show(value) {
  return value === void 0 || value === null ? "unset" : String(value);
}
var init_environment = __esm({
  "src/compare/environment.ts"() {
    "use strict";
  }
});

// src/compare/types.ts
var DEFAULT_TOLERANCE, DEFAULT_HEADROOM_PERCENT;
var init_types3 = __esm({
  "src/compare/types.ts"() {
    "use strict";
    DEFAULT_TOLERANCE = {
      maxIncreasePercent: 10,
      maxIncreaseBytes: 8 * 1024 * 1024
    };
    DEFAULT_HEADROOM_PERCENT = 90;
  }
});

// src/compare/compare.ts
function compareReports(current, baseline, options3 = {}) {
  const environmentDifferences = baseline === null ? [] : describeEnvironmentDifferences(
    baseline.environment,
    current.environment
  );
  const baselineByName = new Map(baseline?.workloads.map((w) => [w.name, w]));
  const workloads = current.workloads.map(
    (workload) => compareWorkload(workload, baselineByName.get(workload.name) ?? null, {
      ...options3,
      environmentDiffers: environmentDifferences.length > 0
    })
  );
  const currentNames = new Set(current.workloads.map((w) => w.name));
  for (const old of baseline?.workloads ?? []) {
    if (!currentNames.has(old.name)) workloads.push(describeMissing(old));
  }
  return {
    gate: decideGate(workloads.map((w) => w.verdict)),
    workloads,
    baseline: options3.baseline ?? { store: "none" },
    environmentDifferences,
    current,
    ...baseline === null ? {} : {
      baselineReport: baseline,
      baselineEnvironment: baseline.environment
    }
  };
}
function decideGate(verdicts) {
  if (verdicts.includes("oom")) return "oom";
  if (verdicts.includes("regressed")) return "regressed";
  if (verdicts.includes("error")) return "error";
  return "passed";
}
function effectiveTolerance(workload, runTolerance = {}) {
  return {
    maxIncreasePercent: workload.maxIncreasePercent ?? runTolerance.maxIncreasePercent ?? DEFAULT_TOLERANCE.maxIncreasePercent,
    maxIncreaseBytes: workload.maxIncreaseBytes ?? runTolerance.maxIncreaseBytes ?? DEFAULT_TOLERANCE.maxIncreaseBytes
  };
}
function classifyChange(baselineBytes, currentBytes, tolerance) {
  const delta = currentBytes - baselineBytes;
  const beyond = (change) => change > tolerance.maxIncreaseBytes && change * 100 > baselineBytes * tolerance.maxIncreasePercent;
  if (beyond(delta)) return "regressed";
  if (beyond(-delta)) return "improved";
  return "unchanged";
}
function compareWorkload(workload, baseline, options3) {
  const tolerance = effectiveTolerance(workload, options3.tolerance);
  const usable = baseline !== null && baseline.outcome === "ok" && baseline.peakBytes !== null && baseline.peakBytes > 0;
  const baselinePeak = usable ? baseline.peakBytes : null;
  const result = describeCurrent(workload, baseline, tolerance);
  result.baselinePeakBytes = baselinePeak;
  const verdict = decideVerdict(workload, baselinePeak, tolerance);
  result.verdict = verdict;
  if (verdict === "oom" || verdict === "error") {
    const escaped = workload.runs.find((run2) => run2.leftCgroup === true);
    result.message = workload.outcome === "ok" && escaped !== void 0 ? escaped.message : workload.message;
  }
  if (baselinePeak !== null && workload.peakBytes !== null && verdict !== "oom" && verdict !== "error") {
    result.deltaBytes = workload.peakBytes - baselinePeak;
    result.deltaPercent = result.deltaBytes / baselinePeak * 100;
    if (options3.environmentDiffers) result.environmentDiffers = true;
  }
  if (baseline !== null && !usable) {
    result.notes.push(describeUnusableBaseline(baseline));
  }
  addLimitNote(result);
  addNoiseNote(result, baselinePeak);
  addHeadroomNote(result, options3.headroomPercent ?? DEFAULT_HEADROOM_PERCENT);
  addUnenforcedLimitNote(result, workload);
  return result;
}
function addUnenforcedLimitNote(result, workload) {
  if (!workload.runs.some((run2) => run2.wouldExceedLimit === true)) return;
  result.lowHeadroom = true;
  result.notes.push(
    "would exceed the limit: the sampled peak passed it in a run that enforced no limit, so a real cap would have OOM-killed it"
  );
}
function describeUnusableBaseline(baseline) {
  if (baseline.outcome !== "ok") {
    return `baseline run ended "${baseline.outcome}", so there is no baseline peak to compare with`;
  }
  const peak = baseline.peakBytes === null ? "no peak" : "a peak of 0 B";
  return `baseline run recorded ${peak}, so nothing was measured to compare with`;
}
function decideVerdict(workload, baselinePeak, tolerance) {
  const oomKilled = workload.outcome === "oom-killed" || workload.runs.some(
    (run2) => run2.outcome === "oom-killed" || run2.oomKills > 0
  );
  if (oomKilled) return "oom";
  if (workload.outcome !== "ok" || workload.peakBytes === null) return "error";
  if (workload.runs.some((run2) => run2.leftCgroup === true)) return "error";
  if (baselinePeak === null) return "new";
  return classifyChange(baselinePeak, workload.peakBytes, tolerance);
}
function describeCurrent(workload, baseline, tolerance) {
  const spread = workload.maxPeakBytes !== null && workload.minPeakBytes !== null ? workload.maxPeakBytes - workload.minPeakBytes : null;
  return {
    name: workload.name,
    verdict: "new",
    limitBytes: workload.limitBytes,
    baselineLimitBytes: baseline?.limitBytes ?? null,
    currentPeakBytes: workload.peakBytes,
    baselinePeakBytes: baseline?.outcome === "ok" ? baseline.peakBytes : null,
    deltaBytes: null,
    deltaPercent: null,
    tolerance,
    spreadBytes: spread,
    noisy: false,
    lowHeadroom: false,
    notes: []
  };
}
function describeMissing(old) {
  return {
    ...describeCurrent(old, old, effectiveTolerance(old)),
    verdict: "missing",
    limitBytes: null,
    currentPeakBytes: null,
    spreadBytes: null,
    notes: ["in the baseline but not run now"]
  };
}
function addLimitNote(result) {
  const { limitBytes, baselineLimitBytes, verdict } = result;
  if (verdict === "missing" || baselineLimitBytes === null || limitBytes === null)
    return;
  if (limitBytes !== baselineLimitBytes) {
    result.notes.push(`baseline limit ${formatBytes(baselineLimitBytes)}`);
  }
}
function addNoiseNote(result, baselinePeak) {
  if (result.spreadBytes === null || result.currentPeakBytes === null) return;
  const reference = baselinePeak ?? result.currentPeakBytes;
  const { maxIncreaseBytes, maxIncreasePercent } = result.tolerance;
  const allowed = Math.max(
    maxIncreaseBytes,
    reference * maxIncreasePercent / 100
  );
  if (result.spreadBytes > allowed) {
    result.noisy = true;
    result.notes.push(
      `noisy: the runs' peaks vary by ${formatBytes(result.spreadBytes)}, more than the tolerance of ${formatBytes(allowed)}`
    );
  }
}
function addHeadroomNote(result, headroomPercent) {
  const { currentPeakBytes: peak, limitBytes: limit } = result;
  if (peak === null || limit === null || limit <= 0) return;
  if (peak * 100 > limit * headroomPercent) {
    result.lowHeadroom = true;
    const share = (peak / limit * 100).toFixed(0);
    result.notes.push(
      `low headroom: peak is ${share}% of the ${formatBytes(limit)} limit`
    );
  }
}
var init_compare = __esm({
  "src/compare/compare.ts"() {
    "use strict";
    init_size();
    init_environment();
    init_types3();
  }
});

// src/compare/markdown.ts
function stripControlCharacters(text) {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    ""
  );
}
function escapeMarkdown(text) {
  return stripControlCharacters(text).replace(/[\r\n]+/g, " ").replace(/\b[0-9a-f]{7,}\b/gi, breakHexadecimal).replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()!|~$]/g, "\\$&").replace(/([@#:])/g, `$1${ZERO_WIDTH_JOINER}`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
}
function breakHexadecimal(word) {
  return word.match(/.{1,6}/g).join(ZERO_WIDTH_JOINER);
}
function renderComparisonTable(comparison) {
  const header = [
    "| Workload | Limit | Baseline peak | Current peak | Change | Verdict |",
    "| --- | ---: | ---: | ---: | ---: | --- |"
  ];
  const rows = comparison.workloads.map(renderRow);
  const notes = comparison.workloads.flatMap(renderNotes);
  const footnote = renderEnvironmentFootnote(comparison);
  return [
    ...header,
    ...rows,
    ...notes.length > 0 ? ["", ...notes] : [],
    ...footnote === null ? [] : ["", footnote]
  ].join("\n");
}
function renderComparisonMarkdown(comparison) {
  const parts = [
    `### ${GATE_HEADLINES[comparison.gate]}`,
    describeBaseline(comparison),
    renderComparisonTable(comparison)
  ];
  return `${parts.join("\n\n")}
`;
}
function renderEnvironmentFootnote(comparison) {
  const differences = comparison.environmentDifferences;
  if (differences.length === 0) return null;
  const marked = comparison.workloads.some((w) => w.environmentDiffers);
  const list = differences.map(escapeMarkdown).join("; ");
  return `${marked ? `${ENVIRONMENT_MARK} ` : ""}The baseline was measured in a different environment: ${list}.`;
}
function describeBaseline(comparison) {
  const { baseline } = comparison;
  if (comparison.baselineReport === void 0)
    return describeNoBaseline(comparison);
  if (baseline.commit === void 0)
    return "Compared with the given baseline report.";
  const commit = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseline.commit) ? baseline.commit.slice(0, 12) : escapeMarkdown(baseline.commit);
  const distance = baseline.distance ?? 0;
  if (distance === 0)
    return `Baseline: the merge-base ${commit} (${baseline.store} store).`;
  const commits = distance === 1 ? "commit" : "commits";
  return `Baseline: ${commit}, ${distance} first-parent ${commits} before the merge-base, which has no record (${baseline.store} store).`;
}
function describeNoBaseline(comparison) {
  const reason = comparison.baseline.missingReason;
  const because = reason === void 0 ? "" : `: ${escapeMarkdown(reason)}`;
  const first = `No baseline yet${because}, so every workload that was measured is new.`;
  if (comparison.gate === "passed") {
    return `${first} The check passes, and these numbers become the baseline once the default branch has them.`;
  }
  const cause = comparison.gate === "oom" ? "a workload was killed by the OOM killer" : "a workload failed";
  return `${first} The check fails all the same, because ${cause}.`;
}
function renderRow(workload) {
  const cells = [
    escapeMarkdown(workload.name),
    renderLimit(workload),
    bytesOrDash(workload.baselinePeakBytes) + (workload.environmentDiffers ? ` ${ENVIRONMENT_MARK}` : ""),
    // A failed run stopped early, so its peak is not the workload's.
    workload.verdict === "error" ? "\u2014" : bytesOrDash(workload.currentPeakBytes),
    renderChange(workload),
    VERDICT_LABELS[workload.verdict] + (workload.noisy ? " (noisy)" : "") + (workload.lowHeadroom ? " \u26A0\uFE0F low headroom" : "")
  ];
  return `| ${cells.join(" | ")} |`;
}
function renderChange(workload) {
  if (workload.deltaBytes === null) return "\u2014";
  const percent = workload.deltaPercent === null ? "" : ` (${workload.deltaPercent > 0 ? "+" : ""}${workload.deltaPercent.toFixed(1)}%)`;
  return `${formatDeltaMiB(workload.deltaBytes)}${percent}`;
}
function renderNotes(workload) {
  const notes = [...workload.notes];
  if (workload.message !== void 0 && workload.message !== "")
    notes.unshift(escapeMarkdown(workload.message));
  return notes.map((note) => `- **${escapeMarkdown(workload.name)}**: ${note}`);
}
function renderLimit(workload) {
  const { limitBytes, baselineLimitBytes } = workload;
  const limit = bytesOrDash(limitBytes);
  if (limitBytes === null || baselineLimitBytes === null) return limit;
  if (limitBytes === baselineLimitBytes) return limit;
  return `${limit} (baseline ${formatBytes(baselineLimitBytes)})`;
}
function bytesOrDash(bytes) {
  return bytes === null ? "\u2014" : formatBytes(bytes);
}
var ZERO_WIDTH_JOINER, VERDICT_LABELS, GATE_HEADLINES, ENVIRONMENT_MARK;
var init_markdown = __esm({
  "src/compare/markdown.ts"() {
    "use strict";
    init_size();
    ZERO_WIDTH_JOINER = "\u200D";
    VERDICT_LABELS = {
      regressed: "\u{1F534} regressed",
      improved: "\u{1F7E2} improved",
      unchanged: "\u26AA unchanged",
      new: "\u{1F195} new",
      missing: "\u2796 missing",
      oom: "\u{1F4A5} OOM-killed",
      error: "\u26A0\uFE0F error: nothing measured"
    };
    GATE_HEADLINES = {
      passed: "\u2705 Memory check passed",
      regressed: "\u274C Memory check failed: peak memory regressed",
      oom: "\u274C Memory check failed: a workload was OOM-killed",
      error: "\u274C Memory check failed: a workload failed, so nothing was measured"
    };
    ENVIRONMENT_MARK = "\xB9";
  }
});

// src/compare/index.ts
var init_compare2 = __esm({
  "src/compare/index.ts"() {
    "use strict";
    init_compare();
    init_environment();
    init_markdown();
    init_types3();
  }
});

// src/report/table.ts
function toOneLine(text) {
  return stripControlCharacters(text).replace(/\r\n|\r|\n/g, "\\n");
}
function formatPeak(bytes, sampled) {
  if (bytes === null) return "n/a";
  return sampled ? `${formatBytes(bytes)} (sampled)` : formatBytes(bytes);
}
function rowOf(workload) {
  const sampled = workload.runs.some((run2) => run2.peakSource === "sampled");
  const range = workload.minPeakBytes === null || workload.maxPeakBytes === null ? "n/a" : `${formatBytes(workload.minPeakBytes)} - ${formatBytes(workload.maxPeakBytes)}`;
  return [
    toOneLine(workload.name),
    formatBytes(workload.limitBytes),
    formatPeak(workload.peakBytes, sampled),
    range,
    workload.outcome,
    // The table keeps the first line; the report has the stderr tail.
    toOneLine(workload.message.split("\n")[0])
  ];
}
function formatReportTable(report) {
  const rows = [headers, ...report.workloads.map(rowOf)];
  const widths = headers.map(
    (_, column) => Math.max(...rows.map((row) => row[column].length))
  );
  const lines = rows.map(
    (row) => row.map(
      (cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])
    ).join("  ")
  );
  return lines.join("\n");
}
var headers;
var init_table = __esm({
  "src/report/table.ts"() {
    "use strict";
    init_compare2();
    init_size();
    headers = ["workload", "limit", "peak", "min-max", "outcome", "message"];
  }
});

// src/measure/environment.ts
import { execFile } from "node:child_process";
import os from "node:os";
import { promisify as promisify3 } from "node:util";
async function probePython(program, env) {
  try {
    const { stdout } = await run(program, ["-c", PROBE], {
      env,
      timeout: 15e3
    });
    const [path11, version] = stdout.trim().split("\n");
    return { path: path11 || null, version: version || null };
  } catch {
    return void 0;
  }
}
async function findPython(env = process.env, program) {
  const candidates = [program, "python3", FALLBACK_PYTHON];
  for (const candidate of candidates) {
    if (candidate === void 0) continue;
    const found = await probePython(candidate, env);
    if (found !== void 0) return found;
  }
  return { path: null, version: null };
}
async function collectEnvironment(sandbox, env = process.env, python) {
  const variables = {};
  for (const name of MEMORY_VARIABLES) {
    const value = env[name];
    if (value !== void 0) variables[name] = value;
  }
  const swapAccounting = sandbox.swapAccounting === void 0 ? {} : { swapAccounting: sandbox.swapAccounting };
  return {
    sandbox: sandbox.kind,
    cgroupVersion: sandbox.cgroupVersion,
    kernel: os.release(),
    platform: process.platform,
    arch: process.arch,
    cpuCount: os.availableParallelism(),
    python: await findPython(env, python),
    variables,
    ...swapAccounting,
    warnings: [...sandbox.warnings]
  };
}
var run, MEMORY_VARIABLES, FALLBACK_PYTHON, PROBE;
var init_environment2 = __esm({
  "src/measure/environment.ts"() {
    "use strict";
    run = promisify3(execFile);
    MEMORY_VARIABLES = [
      "OMP_NUM_THREADS",
      "OPENBLAS_NUM_THREADS",
      "MKL_NUM_THREADS",
      "NUMEXPR_NUM_THREADS",
      "PYTHONMALLOC",
      "MALLOC_ARENA_MAX"
    ];
    FALLBACK_PYTHON = "/usr/bin/python3";
    PROBE = "import platform, sys; print(sys.executable); print(platform.python_version())";
  }
});

// src/measure/resolve-command.ts
import { constants as constants6 } from "node:fs";
import { access as access4, stat } from "node:fs/promises";
import path8 from "node:path";
async function isExecutableFile(file) {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    await access4(file, constants6.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function checkWorkingDirectory(cwd, name) {
  const info = await stat(cwd).catch(() => void 0);
  if (info === void 0 || !info.isDirectory()) {
    throw new UsageError(
      `Working directory ${cwd} of workload "${name}" does not exist or is not a folder. Fix its "cwd" setting or create the folder.`
    );
  }
}
async function resolveProgram(program, cwd, env) {
  if (program.includes("/")) {
    const file = path8.resolve(cwd, program);
    if (await isExecutableFile(file)) return file;
    throw new MeasurementError(
      `Command "${program}" not found or not executable at ${file}. Check the path, or run chmod +x on it.`
    );
  }
  const searchPath = env.PATH ?? "";
  for (const folder of searchPath.split(path8.delimiter)) {
    const file = path8.resolve(cwd, folder === "" ? "." : folder, program);
    if (await isExecutableFile(file)) return file;
  }
  throw new MeasurementError(
    `Command "${program}" not found on PATH (${searchPath}). Install it, fix the command, or give its full path.`
  );
}
var init_resolve_command = __esm({
  "src/measure/resolve-command.ts"() {
    "use strict";
    init_errors();
  }
});

// src/measure/output.ts
function forwardStream(source, sink, onChunk) {
  source.on("data", (chunk) => {
    onChunk?.(chunk);
    if (!sink.write(chunk, () => source.resume())) source.pause();
  });
  return new Promise((resolve5) => source.once("close", resolve5));
}
var OutputSink;
var init_output2 = __esm({
  "src/measure/output.ts"() {
    "use strict";
    OutputSink = class {
      constructor(stream) {
        this.stream = stream;
        stream.on("error", this.onError);
        stream.on("drain", this.onDrain);
      }
      stream;
      /** The error that closed the destination, if any. */
      failure;
      waiting = /* @__PURE__ */ new Set();
      onError = (error) => {
        this.failure ??= error;
        this.releaseWaiting();
      };
      onDrain = () => this.releaseWaiting();
      /** True once the destination failed and output is dropped. */
      get broken() {
        return this.failure !== void 0 || this.stream.destroyed;
      }
      /**
       * Writes a chunk. Returns false where the destination's buffer is full, and
       * then calls `resume` once it drained or failed.
       */
      write(chunk, resume) {
        if (this.broken) return true;
        if (this.stream.write(chunk)) return true;
        this.waiting.add(resume);
        return false;
      }
      /** Removes the listeners at the end of the measurement. */
      detach() {
        this.stream.off("error", this.onError);
        this.stream.off("drain", this.onDrain);
        this.releaseWaiting();
      }
      releaseWaiting() {
        const callbacks = [...this.waiting];
        this.waiting.clear();
        for (const callback of callbacks) callback();
      }
    };
  }
});

// src/measure/cpu-time.ts
import { readFile as readFile3 } from "node:fs/promises";
async function readChildrenCpuSeconds() {
  try {
    const text = await readFile3("/proc/self/stat", "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
var TICKS_PER_SECOND;
var init_cpu_time = __esm({
  "src/measure/cpu-time.ts"() {
    "use strict";
    TICKS_PER_SECOND = 100;
  }
});

// src/measure/outcome.ts
function describeEnding(ending) {
  if (ending.timedOut) {
    return {
      outcome: "timeout",
      reason: `timed out after ${ending.timeoutSeconds} s and was killed`
    };
  }
  if (ending.oomKills > 0) {
    const kills = ending.oomKills === 1 ? "1 OOM kill" : `${ending.oomKills} OOM kills`;
    return {
      outcome: "oom-killed",
      reason: `OOM-killed at the ${formatBytes(ending.limitBytes)} limit (${kills})`
    };
  }
  if (ending.signal !== null) {
    return {
      outcome: "killed",
      reason: `killed by ${ending.signal}, with no OOM kill counted`
    };
  }
  if (ending.exitCode !== 0) {
    return { outcome: "failed", reason: `exited with code ${ending.exitCode}` };
  }
  return { outcome: "ok", reason: "exited with code 0" };
}
function classifyRun(ending) {
  const { outcome, reason } = describeEnding(ending);
  let message = `${reason}: ${toOneLine(ending.command.join(" "))}`;
  if (ending.wouldExceedLimit && ending.peakBytes !== null) {
    message = `would exceed the limit: sampled peak ${formatBytes(ending.peakBytes)} is above ${formatBytes(ending.limitBytes)}, which was not enforced; ${message}`;
  }
  const tail = ending.stderrTail.filter((line) => line.trim() !== "").slice(-MESSAGE_STDERR_LINES);
  if (outcome !== "ok" && tail.length > 0) {
    message += `
last lines of stderr:
${tail.map((line) => `  ${line}`).join("\n")}`;
  }
  return { outcome, message };
}
var MESSAGE_STDERR_LINES;
var init_outcome = __esm({
  "src/measure/outcome.ts"() {
    "use strict";
    init_table();
    init_size();
    MESSAGE_STDERR_LINES = 5;
  }
});

// src/measure/timeline.ts
function downsampleTimeline(samples, maxPoints = MAX_TIMELINE_POINTS) {
  if (samples.length <= maxPoints) return [...samples];
  const kept = [];
  for (let slice = 0; slice < maxPoints; slice += 1) {
    const start = Math.floor(slice * samples.length / maxPoints);
    const end = Math.floor((slice + 1) * samples.length / maxPoints);
    let best = samples[start];
    for (let index = start + 1; index < end; index += 1) {
      if (samples[index].usageBytes > best.usageBytes) best = samples[index];
    }
    kept.push(best);
  }
  return kept;
}
function maxParts(samples) {
  if (samples.length === 0) return void 0;
  let maxAnonBytes = 0;
  let maxFileBytes = 0;
  for (const sample of samples) {
    maxAnonBytes = Math.max(maxAnonBytes, sample.anonBytes);
    maxFileBytes = Math.max(maxFileBytes, sample.fileBytes);
  }
  return { maxAnonBytes, maxFileBytes };
}
var MAX_TIMELINE_POINTS;
var init_timeline = __esm({
  "src/measure/timeline.ts"() {
    "use strict";
    MAX_TIMELINE_POINTS = 200;
  }
});

// src/measure/sampler.ts
import { performance } from "node:perf_hooks";
var MAX_KEPT_SAMPLES, Sampler;
var init_sampler = __esm({
  "src/measure/sampler.ts"() {
    "use strict";
    init_timeline();
    MAX_KEPT_SAMPLES = 1e6;
    Sampler = class {
      constructor(run2, intervalMs, startedAt) {
        this.run = run2;
        this.intervalMs = intervalMs;
        this.startedAt = startedAt;
        this.tick();
      }
      run;
      intervalMs;
      startedAt;
      timeline = [];
      timer;
      pending = Promise.resolve();
      stopped = false;
      tick() {
        this.pending = this.takeSample().then(() => {
          if (!this.stopped)
            this.timer = setTimeout(() => this.tick(), this.intervalMs);
        });
      }
      async takeSample() {
        try {
          const sample = await this.run.sample();
          this.timeline.push({
            tMs: Math.round(performance.now() - this.startedAt),
            ...sample
          });
        } catch {
          return;
        }
        if (this.timeline.length > MAX_KEPT_SAMPLES) {
          this.timeline = downsampleTimeline(this.timeline, MAX_KEPT_SAMPLES / 2);
        }
      }
      /** Stops sampling and waits for a sample in progress. */
      async stop() {
        this.stopped = true;
        clearTimeout(this.timer);
        await this.pending;
        clearTimeout(this.timer);
      }
      /** Returns the samples taken so far. */
      samples() {
        return this.timeline;
      }
    };
  }
});

// src/measure/stderr-tail.ts
function cleanLine(line) {
  return stripControlCharacters(line.slice(0, MAX_LINE_CHARS)).replace(
    /\r/g,
    ""
  );
}
var STDERR_TAIL_LINES, MAX_LINE_CHARS, LineTail;
var init_stderr_tail = __esm({
  "src/measure/stderr-tail.ts"() {
    "use strict";
    init_compare2();
    STDERR_TAIL_LINES = 20;
    MAX_LINE_CHARS = 500;
    LineTail = class {
      constructor(maxLines = STDERR_TAIL_LINES) {
        this.maxLines = maxLines;
      }
      maxLines;
      lines = [];
      partial = "";
      /** Adds a chunk of text, which may end in the middle of a line. */
      push(chunk) {
        const parts = (this.partial + chunk).split("\n");
        this.partial = parts.pop().slice(-MAX_LINE_CHARS);
        for (const line of parts.slice(-this.maxLines)) {
          this.lines.push(cleanLine(line));
          if (this.lines.length > this.maxLines) this.lines.shift();
        }
      }
      /** Returns the kept lines, the unfinished last line included. */
      toArray() {
        const all = this.partial === "" ? [...this.lines] : [...this.lines, cleanLine(this.partial)];
        return all.slice(-this.maxLines);
      }
    };
  }
});

// src/measure/run-once.ts
import { spawn as spawn2 } from "node:child_process";
import { performance as performance2 } from "node:perf_hooks";
import { setTimeout as sleep5 } from "node:timers/promises";
import { StringDecoder as StringDecoder3 } from "node:string_decoder";
function waitForExit2(child, command) {
  return new Promise((resolve5, reject) => {
    child.once("error", (error) => {
      reject(
        new MeasurementError(
          `Could not start "${command.join(" ")}": ${error.message}`
        )
      );
    });
    child.once("exit", (exitCode, signal) => resolve5({ exitCode, signal }));
  });
}
function forwardOutput(child, options3, tail) {
  const decoder = new StringDecoder3("utf8");
  return Promise.all([
    forwardStream(child.stdout, options3.stdout),
    forwardStream(
      child.stderr,
      options3.stderr,
      (chunk) => tail.push(decoder.write(chunk))
    )
  ]).then(() => void 0);
}
function cpuDelta(before, after) {
  if (before === null || after === null) return null;
  return Math.max(0, Math.round((after - before) * 100) / 100);
}
async function runOnce(sandbox, spec, env, options3) {
  const run2 = await sandbox.createRun({
    limitBytes: spec.limitBytes,
    label: spec.name
  });
  try {
    return await measureRun(run2, spec, env, options3);
  } finally {
    await run2.destroy();
  }
}
function rejectJoinFailure(end, stderrTail, run2) {
  const failedJoin = end.exitCode === JOIN_FAILED_EXIT_CODE && stderrTail.some((line) => line.includes("cgroup.procs"));
  if (failedJoin) {
    throw new MeasurementError(
      `Could not start the workload inside cgroup ${run2.path}: ${stderrTail.join(" ")}. Check that memgate may write to that cgroup, or give --cgroup-parent.`
    );
  }
}
async function closeOutput(workload) {
  const closed = workload.outputClosed.then(() => true);
  const pipes = [workload.child.stdout, workload.child.stderr];
  let heldMs = 0;
  let pausedMs = 0;
  while (heldMs < OUTPUT_CLOSE_MS && pausedMs < READER_WAIT_MS) {
    const tick = sleep5(OUTPUT_POLL_MS, false, { ref: false });
    if (await Promise.race([closed, tick])) return true;
    if (pipes.some((pipe) => pipe.isPaused())) pausedMs += OUTPUT_POLL_MS;
    else heldMs += OUTPUT_POLL_MS;
  }
  for (const pipe of pipes) pipe.destroy();
  return heldMs < OUTPUT_CLOSE_MS;
}
function startWorkload(run2, spec, env, options3) {
  const [program, ...args] = run2.wrap(spec.command);
  const child = spawn2(program, args, {
    cwd: spec.cwd,
    env,
    // stdin is /dev/null, so a workload that reads it gets EOF at once.
    stdio: ["ignore", "pipe", "pipe"],
    // A process group of its own, so the timeout can kill the wrapper
    // before it has joined the cgroup.
    detached: true
  });
  registerWrapper(child);
  const exited = waitForExit2(child, spec.command);
  const tail = new LineTail();
  const outputClosed = forwardOutput(child, options3, tail);
  if (child.pid !== void 0) run2.attach(child.pid);
  return { child, exited, outputClosed, tail };
}
function killWorkload(run2, workload) {
  const { child } = workload;
  const running = child.exitCode === null && child.signalCode === null;
  if (running && child.pid !== void 0) sendSigkill(-child.pid);
  return run2.killAll();
}
async function waitForEnd(run2, workload, timeoutSeconds, sampler) {
  let timedOut = false;
  let killFailure;
  let repeat;
  const kill = () => {
    killWorkload(run2, workload).catch((error) => {
      killFailure ??= error;
    });
  };
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
    repeat = setInterval(kill, 100);
  }, timeoutSeconds * 1e3);
  try {
    const end = await workload.exited;
    if (killFailure !== void 0) throw killFailure;
    return { ...end, timedOut };
  } finally {
    clearTimeout(timer);
    clearInterval(repeat);
    await sampler.stop();
  }
}
async function measureRun(run2, spec, env, options3) {
  const cpuBefore = await readChildrenCpuSeconds();
  const started = performance2.now();
  const workload = startWorkload(run2, spec, env, options3);
  const sampler = new Sampler(run2, options3.sampleIntervalMs, started);
  const end = await waitForEnd(run2, workload, spec.timeoutSeconds, sampler);
  const wallSeconds = (performance2.now() - started) / 1e3;
  const cpuSeconds = cpuDelta(cpuBefore, await readChildrenCpuSeconds());
  if (end.exitCode === JOIN_FAILED_EXIT_CODE) {
    await Promise.race([workload.outputClosed, sleep5(1e3)]);
    rejectJoinFailure(end, workload.tail.toArray(), run2);
  }
  const peak = await run2.readPeak();
  const oomKills = await run2.readOomKills();
  await run2.killAll();
  const outputLeftOpen = !await closeOutput(workload);
  const stderrTail = workload.tail.toArray();
  const noPeak = peak.unsampled === true || peak.bytes === 0;
  const peakBytes = noPeak ? null : peak.bytes;
  const wouldExceedLimit = peak.source === "sampled" && peakBytes !== null && peakBytes > spec.limitBytes;
  const { outcome, message } = classifyRun({
    ...end,
    command: spec.command,
    limitBytes: spec.limitBytes,
    timeoutSeconds: spec.timeoutSeconds,
    oomKills,
    wouldExceedLimit,
    peakBytes,
    stderrTail
  });
  const samples = sampler.samples();
  const record = {
    peakBytes,
    peakSource: peak.source,
    oomKills,
    exitCode: end.exitCode,
    signal: end.signal,
    wallSeconds,
    cpuSeconds,
    outcome,
    message,
    stderrTail,
    timeline: downsampleTimeline(samples),
    ...maxParts(samples)
  };
  if (wouldExceedLimit) record.wouldExceedLimit = true;
  if (peakBytes === null) {
    const note = peak.source === "kernel" ? NOTHING_CHARGED_NOTE : UNSAMPLED_NOTE;
    record.message += `
${note}`;
  }
  if (outputLeftOpen) {
    record.leftCgroup = true;
    record.message += `
${OUTPUT_LEFT_OPEN_NOTE}`;
  }
  return record;
}
var OUTPUT_CLOSE_MS, READER_WAIT_MS, OUTPUT_POLL_MS, UNSAMPLED_NOTE, NOTHING_CHARGED_NOTE, OUTPUT_LEFT_OPEN_NOTE;
var init_run_once = __esm({
  "src/measure/run-once.ts"() {
    "use strict";
    init_errors();
    init_sandbox();
    init_cgroup_files();
    init_cpu_time();
    init_outcome();
    init_output2();
    init_sampler();
    init_stderr_tail();
    init_timeline();
    OUTPUT_CLOSE_MS = 2e3;
    READER_WAIT_MS = 6e4;
    OUTPUT_POLL_MS = 100;
    UNSAMPLED_NOTE = "note: no peak: the run ended before it could be sampled, and without a cgroup memgate has no kernel peak";
    NOTHING_CHARGED_NOTE = "note: no peak: nothing was charged to the cgroup, because the run ended before the workload joined it";
    OUTPUT_LEFT_OPEN_NOTE = "note: a process kept the output open after the cgroup was emptied, so it had left the cgroup and its memory was not measured or capped";
  }
});

// src/measure/signals.ts
var exitCodes, SignalGuard;
var init_signals3 = __esm({
  "src/measure/signals.ts"() {
    "use strict";
    init_sandbox();
    exitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
    SignalGuard = class {
      constructor(log) {
        this.log = log;
      }
      log;
      /** The signal that arrived, if any. */
      received;
      handlers = /* @__PURE__ */ new Map();
      /** Installs the handlers; call uninstall() when the measurement ends. */
      install() {
        for (const signal of Object.keys(exitCodes)) {
          const handler = () => void this.handle(signal);
          this.handlers.set(signal, handler);
          process.on(signal, handler);
        }
      }
      /** Removes the handlers again. */
      uninstall() {
        for (const [signal, handler] of this.handlers) process.off(signal, handler);
        this.handlers.clear();
      }
      async handle(signal) {
        if (this.received !== void 0) return;
        this.received = signal;
        this.log(
          `memgate: ${signal} received: killing the workload and removing its cgroup.`
        );
        try {
          await destroyAllRuns({ final: true });
        } catch (error) {
          this.log(
            `memgate: cleanup after ${signal} failed: ${error.message}`
          );
        }
        process.exit(exitCodes[signal]);
      }
      /**
       * Returns normally when no signal arrived. After a signal it never
       * returns, so that no report is written while the handler exits.
       */
      async checkpoint() {
        if (this.received === void 0) return;
        await new Promise(() => {
        });
      }
    };
  }
});

// src/measure/summary.ts
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a2, b) => a2 - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  return Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
function worstRun(runs) {
  const rank = (run2) => OUTCOME_SEVERITY.indexOf(run2.outcome) * 2 + (run2.wouldExceedLimit ? 0 : 1);
  return runs.reduce((worst, run2) => rank(run2) < rank(worst) ? run2 : worst);
}
function summarizeWorkload(spec, runs) {
  const peaks = runs.flatMap(
    (run2) => run2.peakBytes === null ? [] : [run2.peakBytes]
  );
  const worst = worstRun(runs);
  const report = {
    name: spec.name,
    command: spec.command,
    cwd: spec.cwd,
    limitBytes: spec.limitBytes,
    repeat: spec.repeat,
    timeoutSeconds: spec.timeoutSeconds,
    peakBytes: median(peaks),
    minPeakBytes: peaks.length === 0 ? null : Math.min(...peaks),
    maxPeakBytes: peaks.length === 0 ? null : Math.max(...peaks),
    outcome: worst.outcome,
    message: worst.message,
    runs
  };
  if (spec.maxIncreasePercent !== void 0)
    report.maxIncreasePercent = spec.maxIncreasePercent;
  if (spec.maxIncreaseBytes !== void 0)
    report.maxIncreaseBytes = spec.maxIncreaseBytes;
  return report;
}
var init_summary = __esm({
  "src/measure/summary.ts"() {
    "use strict";
    init_types2();
  }
});

// src/measure/index.ts
import path9 from "node:path";
function workloadEnv(spec) {
  return { ...process.env, ...spec.env };
}
async function checkWorkloads(specs) {
  for (const spec of specs) {
    await checkWorkingDirectory(spec.cwd, spec.name);
    await resolveProgram(spec.command[0], spec.cwd, workloadEnv(spec));
  }
}
async function describeEnvironment(sandbox, first) {
  if (first === void 0) return collectEnvironment(sandbox);
  const env = workloadEnv(first);
  const program = first.command[0];
  const python = /^python[\d.]*$/.test(path9.basename(program)) ? await resolveProgram(program, first.cwd, env) : void 0;
  return collectEnvironment(sandbox, env, python);
}
async function measureWorkload(sandbox, spec, options3, guard) {
  const runs = [];
  for (let index = 1; index <= spec.repeat; index += 1) {
    options3.log(
      `memgate: ${toOneLine(spec.name)}: run ${index} of ${spec.repeat}, limit ${formatBytes(spec.limitBytes)}: ${toOneLine(spec.command.join(" "))}`
    );
    try {
      const run2 = await runOnce(sandbox, spec, workloadEnv(spec), options3);
      if (run2.leftCgroup === true) {
        options3.log(
          `memgate: warning: ${toOneLine(spec.name)}: run ${index}: a process left the run's cgroup and kept its output open, so its memory was neither capped nor measured.`
        );
      }
      runs.push(run2);
    } catch (error) {
      await guard.checkpoint();
      throw error;
    }
    await guard.checkpoint();
  }
  return summarizeWorkload(spec, runs);
}
async function measureWorkloads(specs, options3 = {}) {
  await checkWorkloads(specs);
  const log = options3.log ?? ((line) => process.stderr.write(`${line}
`));
  const guard = new SignalGuard(log);
  if (options3.handleSignals !== false) guard.install();
  const runOptions = {
    sampleIntervalMs: options3.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS,
    stdout: new OutputSink(options3.stdout ?? process.stdout),
    stderr: new OutputSink(options3.stderr ?? process.stderr),
    log
  };
  try {
    const sandbox = options3.sandbox ?? await openSandbox({
      kind: options3.sandboxKind ?? "auto",
      cgroupParent: options3.cgroupParent
    });
    for (const warning of sandbox.warnings) log(`memgate: warning: ${warning}`);
    const environment = await describeEnvironment(sandbox, specs[0]);
    const workloads = [];
    for (const spec of specs) {
      workloads.push(await measureWorkload(sandbox, spec, runOptions, guard));
    }
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      memgateVersion: VERSION,
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      environment,
      workloads
    };
  } finally {
    guard.uninstall();
    runOptions.stdout.detach();
    runOptions.stderr.detach();
  }
}
var DEFAULT_SAMPLE_INTERVAL_MS;
var init_measure = __esm({
  "src/measure/index.ts"() {
    "use strict";
    init_version();
    init_types2();
    init_sandbox();
    init_table();
    init_size();
    init_environment2();
    init_resolve_command();
    init_output2();
    init_run_once();
    init_signals3();
    init_summary();
    init_environment2();
    init_outcome();
    init_summary();
    DEFAULT_SAMPLE_INTERVAL_MS = 50;
  }
});

// src/report/write.ts
import { randomBytes } from "node:crypto";
import { mkdir as mkdir2, rename, rm, writeFile as writeFile2 } from "node:fs/promises";
import path10 from "node:path";
async function writeReport(file, report) {
  const target = path10.resolve(file);
  await mkdir2(path10.dirname(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile2(temporary, `${JSON.stringify(report, null, 2)}
`, "utf8");
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
var init_write = __esm({
  "src/report/write.ts"() {
    "use strict";
  }
});

// src/commands/run.ts
var run_exports = {};
__export(run_exports, {
  DEFAULT_REPORT_FILE: () => DEFAULT_REPORT_FILE,
  main: () => main
});
import { parseArgs } from "node:util";
function parseFlags(args) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(
      `${describeParseError(error, args)} Run "memgate run --help" for the options.`
    );
  }
}
function describeParseError(error, args) {
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(
    error.message
  );
  if (ambiguous) {
    const flag = ambiguous[1];
    const value = args[args.indexOf(flag) + 1] ?? "";
    return `Invalid ${flag} "${value}": write a value that starts with "-" as ${flag}=VALUE, such as ${flag}=${value}.`;
  }
  const missing = /^Option '(--[\w-]+) <value>' argument missing/.exec(
    error.message
  );
  if (missing) {
    const flag = missing[1];
    return `Missing value for ${flag}: write ${flag} VALUE or ${flag}=VALUE.`;
  }
  return error.message;
}
function parseWholeNumber(value, flag, minimum, maximum = Number.MAX_SAFE_INTEGER) {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < minimum || number > maximum) {
    throw new UsageError(
      `Invalid ${flag} "${value}": write a whole number from ${minimum} to ${maximum}, such as 3.`
    );
  }
  return number;
}
function parseSeconds(value) {
  const number = Number(value);
  const valid = /^\d+(\.\d+)?$/.test(value) && number > 0;
  if (!valid || number > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(
      `Invalid --timeout "${value}": write a number of seconds greater than 0 and at most ${MAX_TIMEOUT_SECONDS}, such as 300.`
    );
  }
  return number;
}
function parseSandboxKind(value) {
  const kind = value ?? "auto";
  if (!SANDBOX_KINDS.includes(kind)) {
    throw new UsageError(
      `Invalid --sandbox "${kind}": use one of ${SANDBOX_KINDS.join(", ")}.`
    );
  }
  return kind;
}
function applyOverrides(spec, flags) {
  const result = { ...spec };
  if (flags.limit !== void 0)
    result.limitBytes = parseSize(flags.limit, "--limit");
  if (flags.repeat !== void 0)
    result.repeat = parseWholeNumber(flags.repeat, "--repeat", 1, MAX_REPEAT);
  if (flags.timeout !== void 0)
    result.timeoutSeconds = parseSeconds(flags.timeout);
  return result;
}
function currentFolder() {
  try {
    return process.cwd();
  } catch (error) {
    const folder = process.env.PWD ?? "the current folder";
    throw new UsageError(
      `The current folder ${folder} no longer exists (${error.message}). Change to an existing folder and run memgate again.`
    );
  }
}
function commandSpec(command, flags) {
  const spec = {
    name: flags.name ?? command.join(" "),
    command,
    limitBytes: DEFAULT_LIMIT_BYTES,
    repeat: DEFAULT_REPEAT,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    cwd: currentFolder(),
    env: {}
  };
  return applyOverrides(spec, flags);
}
function comparisonSettings(config) {
  const settings = {};
  if (config.maxIncreasePercent !== void 0)
    settings.maxIncreasePercent = config.maxIncreasePercent;
  if (config.maxIncreaseBytes !== void 0)
    settings.maxIncreaseBytes = config.maxIncreaseBytes;
  if (config.headroomPercent !== void 0)
    settings.headroomPercent = config.headroomPercent;
  return Object.keys(settings).length > 0 ? settings : void 0;
}
async function configPlan(flags) {
  const folder = currentFolder();
  const file = flags.config ?? await findConfig(folder);
  if (file === void 0) {
    throw new UsageError(
      `No memgate.toml, and no pyproject.toml with [tool.memgate], in ${folder}. Give --config FILE, or a command after --, such as: memgate run -- python3 train.py`
    );
  }
  const config = await loadConfig(file);
  let workloads = config.workloads;
  if (flags.name !== void 0) {
    workloads = workloads.filter((spec) => spec.name === flags.name);
    if (workloads.length === 0) {
      const names = config.workloads.map((spec) => `"${spec.name}"`).join(", ");
      throw new UsageError(
        `No workload named "${flags.name}" in ${config.file}. Its workloads: ${names}.`
      );
    }
  }
  const specs = workloads.map((spec) => applyOverrides(spec, flags));
  const settings = comparisonSettings(config);
  return settings === void 0 ? { specs } : { specs, settings };
}
function gateExitCode(report) {
  const failed = report.workloads.some(
    (workload) => workload.runs.some(
      (run2) => run2.outcome !== "ok" || run2.wouldExceedLimit === true || run2.leftCgroup === true
    )
  );
  return failed ? ExitCode.GateFailed : ExitCode.Passed;
}
function ignoreClosedOutput() {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners("error").includes(dropError)) {
      stream.on("error", dropError);
    }
  }
}
function dropError() {
}
async function main(args) {
  ignoreClosedOutput();
  const separator = args.indexOf("--");
  const flags = parseFlags(separator === -1 ? args : args.slice(0, separator));
  const command = separator === -1 ? [] : args.slice(separator + 1);
  if (flags.help) {
    process.stdout.write(`${usage}
`);
    return ExitCode.Passed;
  }
  if (separator !== -1 && command.length === 0) {
    throw new UsageError(
      'Missing command after "--": write one, such as: memgate run -- python3 train.py'
    );
  }
  if (command.length > 0 && flags.config !== void 0) {
    throw new UsageError(
      'Give either --config or a command after "--", not both.'
    );
  }
  const plan = command.length > 0 ? { specs: [commandSpec(command, flags)] } : await configPlan(flags);
  const sampleIntervalMs = flags["sample-interval"] === void 0 ? DEFAULT_SAMPLE_INTERVAL_MS : parseWholeNumber(
    flags["sample-interval"],
    "--sample-interval",
    1,
    MAX_TIMER_MS
  );
  const report = await measureWorkloads(plan.specs, {
    sandboxKind: parseSandboxKind(flags.sandbox),
    cgroupParent: flags["cgroup-parent"],
    sampleIntervalMs
  });
  if (plan.settings !== void 0) report.settings = plan.settings;
  const reportFile = flags.report ?? DEFAULT_REPORT_FILE;
  await writeReport(reportFile, report);
  process.stdout.write(`${formatReportTable(report)}
`);
  process.stderr.write(`memgate: report written to ${reportFile}
`);
  return gateExitCode(report);
}
var MAX_TIMER_MS, DEFAULT_REPORT_FILE, usage, options;
var init_run = __esm({
  "src/commands/run.ts"() {
    "use strict";
    init_config();
    init_types();
    init_errors();
    init_measure();
    init_table();
    init_write();
    init_sandbox();
    init_size();
    MAX_TIMER_MS = 2147483647;
    DEFAULT_REPORT_FILE = "memgate-report.json";
    usage = `Usage: memgate run [options] [-- COMMAND ARG...]

Runs one command (after --), or every workload of a configuration file,
each run in a fresh cgroup under a memory limit, and writes a JSON report.

Options:
  --config FILE           memgate.toml, or pyproject.toml with [tool.memgate].
                          Default: memgate.toml, then pyproject.toml, in the
                          current folder.
  --limit SIZE            memory limit, such as 512MiB or 2G; overrides the
                          configuration (default ${DEFAULT_LIMIT_BYTES / 1024 ** 2}MiB)
  --repeat N              runs per workload, at most ${MAX_REPEAT}; the peak is
                          their median (default ${DEFAULT_REPEAT})
  --timeout SECONDS       kill a run after this many seconds, at most
                          ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS})
  --name NAME             name of the command's workload; with a configuration,
                          run only the workload of this name
  --report FILE           report path (default ${DEFAULT_REPORT_FILE})
  --sandbox KIND          auto, cgroup-v2, cgroup-v1 or measure-only (default auto)
  --cgroup-parent PATH    create the runs' cgroups below this existing cgroup,
                          a path below the cgroup mount or relative to it;
                          exit 3 where it cannot be used
  --sample-interval MS    milliseconds between memory samples (default ${DEFAULT_SAMPLE_INTERVAL_MS})
  --help                  show this help

Exit status: 0 every run ended ok, 1 a run was OOM-killed, failed, killed,
timed out, would exceed an unenforced limit or had a process that left its
cgroup, 2 invalid usage or configuration, 3 the measurement could not be
made.`;
    options = {
      config: { type: "string" },
      limit: { type: "string" },
      repeat: { type: "string" },
      timeout: { type: "string" },
      name: { type: "string" },
      report: { type: "string" },
      sandbox: { type: "string" },
      "cgroup-parent": { type: "string" },
      "sample-interval": { type: "string" },
      help: { type: "boolean" }
    };
  }
});

// src/baseline/validate.ts
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkFields(value, rules, where, optional = false) {
  for (const [field, [test, expected]] of Object.entries(rules)) {
    if (optional && value[field] === void 0) continue;
    if (!test(value[field])) {
      const actual = value[field] === void 0 ? "missing" : JSON.stringify(value[field]);
      return `${where} field ${field} is ${actual}, not ${expected}`;
    }
  }
  return null;
}
function checkEnvironment(environment) {
  if (!isObject2(environment)) {
    return `"environment" is ${JSON.stringify(environment) ?? "missing"}, not an object`;
  }
  return checkFields(environment, ENVIRONMENT_FIELDS, "environment");
}
function checkWorkloadList(workloads) {
  if (!Array.isArray(workloads)) return '"workloads" is not an array';
  const names = /* @__PURE__ */ new Set();
  for (const [index, workload] of workloads.entries()) {
    const problem = checkWorkload(workload, index);
    if (problem !== null) return problem;
    const name = workload.name;
    if (names.has(name)) {
      return `workload "${name}" appears twice (again at workloads[${index}]); give each workload its own name`;
    }
    names.add(name);
  }
  return null;
}
function checkWorkload(workload, index) {
  if (!isObject2(workload)) return `workloads[${index}] is not an object`;
  if (typeof workload.name !== "string" || workload.name === "") {
    return `workloads[${index}] has no "name": it must be a non-empty string`;
  }
  const where = `workload ${JSON.stringify(workload.name)} (workloads[${index}])`;
  const problem = checkFields(workload, WORKLOAD_FIELDS, where) ?? checkFields(workload, OPTIONAL_WORKLOAD_FIELDS, where, true);
  if (problem !== null) return problem;
  if (!Array.isArray(workload.runs)) {
    return `${where} field runs is ${JSON.stringify(workload.runs) ?? "missing"}, not an array`;
  }
  for (const [runIndex, run2] of workload.runs.entries()) {
    const runWhere = `${where} runs[${runIndex}]`;
    if (!isObject2(run2)) return `${runWhere} is not an object`;
    const runProblem = checkFields(run2, RUN_FIELDS, runWhere);
    if (runProblem !== null) return runProblem;
  }
  return null;
}
var isSize, isString, isNullableString, isNullableSize, isStringList, SIZE, NULLABLE_SIZE, STRING, NULLABLE_STRING, STRING_LIST, OUTCOME, WORKLOAD_FIELDS, OPTIONAL_WORKLOAD_FIELDS, RUN_FIELDS, ENVIRONMENT_FIELDS;
var init_validate3 = __esm({
  "src/baseline/validate.ts"() {
    "use strict";
    init_types2();
    isSize = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0;
    isString = (value) => typeof value === "string";
    isNullableString = (value) => value === null || typeof value === "string";
    isNullableSize = (value) => value === null || isSize(value);
    isStringList = (value) => Array.isArray(value) && value.every(isString);
    SIZE = [isSize, "a number of 0 or more"];
    NULLABLE_SIZE = [isNullableSize, "a number of 0 or more, or null"];
    STRING = [isString, "a string"];
    NULLABLE_STRING = [isNullableString, "a string or null"];
    STRING_LIST = [isStringList, "an array of strings"];
    OUTCOME = [
      (value) => OUTCOME_SEVERITY.includes(value),
      `one of ${OUTCOME_SEVERITY.join(", ")}`
    ];
    WORKLOAD_FIELDS = {
      command: STRING_LIST,
      limitBytes: NULLABLE_SIZE,
      repeat: SIZE,
      timeoutSeconds: NULLABLE_SIZE,
      peakBytes: NULLABLE_SIZE,
      minPeakBytes: NULLABLE_SIZE,
      maxPeakBytes: NULLABLE_SIZE,
      outcome: OUTCOME,
      message: STRING
    };
    OPTIONAL_WORKLOAD_FIELDS = {
      cwd: STRING,
      maxIncreasePercent: SIZE,
      maxIncreaseBytes: SIZE
    };
    RUN_FIELDS = {
      peakBytes: NULLABLE_SIZE,
      oomKills: SIZE,
      exitCode: [
        (v) => v === null || Number.isInteger(v),
        "a whole number or null"
      ],
      signal: NULLABLE_STRING,
      wallSeconds: SIZE,
      outcome: OUTCOME,
      message: STRING
    };
    ENVIRONMENT_FIELDS = {
      sandbox: STRING,
      cgroupVersion: [(v) => v === null || v === 1 || v === 2, "1, 2 or null"],
      kernel: STRING,
      platform: STRING,
      arch: STRING,
      python: [
        (v) => isObject2(v) && isNullableString(v.path) && isNullableString(v.version),
        'an object with "path" and "version" strings (or null)'
      ],
      variables: [
        (v) => isObject2(v) && Object.values(v).every(isString),
        "an object of strings"
      ],
      warnings: STRING_LIST
    };
  }
});

// src/baseline/record.ts
function parseReport(text, source) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new RecordError(
      `Corrupt report in ${source}: it is not valid JSON (${error.message}). Write it again with \`memgate run --report FILE\`, or remove it.`
    );
  }
  if (!isObject2(value)) {
    throw invalid(source, "the top level is not a JSON object");
  }
  checkSchemaVersion(value, source);
  const selection = checkSelection(value.selection);
  const noBaseline = isObject2(value.selection) && value.selection.found === false;
  const problem = selection ?? checkSettings(value.settings) ?? (noBaseline && value.environment === void 0 ? null : checkEnvironment(value.environment)) ?? checkWorkloadList(value.workloads);
  if (problem !== null) throw invalid(source, problem);
  return value;
}
function isNoBaseline(report) {
  return report.selection?.found === false;
}
function checkMeasuredReport(report, source, hint) {
  if (isNoBaseline(report)) {
    throw new RecordError(
      `${source} is the "no baseline" file that \`memgate baseline select\` writes, not a report of measured workloads. ${hint}`
    );
  }
  if (report.workloads.length === 0) {
    throw new RecordError(
      `${source} has no workloads, so it contains no measurement. ${hint}`
    );
  }
}
function describeFailedRuns(report) {
  return report.workloads.filter(
    (workload) => workload.runs.some(
      (run2) => run2.outcome !== "ok" || run2.wouldExceedLimit === true || run2.leftCgroup === true
    ) || workload.outcome !== "ok"
  ).map((workload) => {
    const name = JSON.stringify(workload.name);
    if (workload.outcome !== "ok")
      return `workload ${name} ended "${workload.outcome}"`;
    return workload.runs.some((run2) => run2.leftCgroup === true) ? `workload ${name} had a process that left its cgroup, so its peak is incomplete` : `workload ${name} passed its limit in a run that did not enforce it`;
  });
}
function serializeReport(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function checkSchemaVersion(value, source) {
  const schema = value.schemaVersion;
  if (typeof schema !== "number" || !Number.isInteger(schema) || schema < 1) {
    throw invalid(
      source,
      `schemaVersion ${JSON.stringify(schema)} is not a positive whole number`
    );
  }
  if (schema > REPORT_SCHEMA_VERSION) {
    const writer = typeof value.memgateVersion === "string" ? value.memgateVersion : "unknown";
    throw new RecordError(
      `The report in ${source} was written by memgate ${writer} with schema ${schema}; this memgate (${VERSION}) reads up to schema ${REPORT_SCHEMA_VERSION}. Upgrade memgate.`
    );
  }
}
function checkSelection(selection) {
  if (selection === void 0) return null;
  const valid = isObject2(selection) && typeof selection.found === "boolean" && typeof selection.store === "string" && ["commit", "mergeBase", "missingReason"].every(
    (field) => selection[field] === void 0 || typeof selection[field] === "string"
  ) && (selection.distance === void 0 || Number.isInteger(selection.distance) && selection.distance >= 0);
  return valid ? null : `"selection" is ${JSON.stringify(selection)}, not an object with "found" and "store"`;
}
function checkSettings(settings) {
  if (settings === void 0) return null;
  const fields = ["maxIncreasePercent", "maxIncreaseBytes", "headroomPercent"];
  const valid = isObject2(settings) && Object.keys(settings).every((field) => fields.includes(field)) && fields.every((field) => {
    const value = settings[field];
    return value === void 0 || typeof value === "number" && Number.isFinite(value) && value >= 0;
  });
  return valid ? null : `"settings" is ${JSON.stringify(settings)}, not an object of ${fields.join(", ")} with numbers of 0 or more`;
}
function invalid(source, detail) {
  return new RecordError(
    `Invalid report in ${source}: ${detail}. Write it again with \`memgate run --report FILE\`.`
  );
}
var RecordError;
var init_record = __esm({
  "src/baseline/record.ts"() {
    "use strict";
    init_errors();
    init_types2();
    init_version();
    init_validate3();
    RecordError = class extends UsageError {
      name = "RecordError";
    };
  }
});

// src/baseline/read-file.ts
import { readFile as readFile4 } from "node:fs/promises";
async function readReportFile(path11, option) {
  let text;
  try {
    text = await readFile4(path11, "utf8");
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : error.message;
    throw new UsageError(
      `Cannot read ${option} "${path11}": ${reason}. Pass a report written by \`memgate run --report FILE\`.`
    );
  }
  return parseReport(text, `${option} "${path11}"`);
}
var init_read_file = __esm({
  "src/baseline/read-file.ts"() {
    "use strict";
    init_errors();
    init_record();
  }
});

// src/baseline/write-file.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir3, rename as rename2, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
async function writeFileAtomic(file, text) {
  const target = resolve2(file);
  await mkdir3(dirname2(target), { recursive: true });
  const temporary = `${target}.tmp-${process.pid}-${randomBytes2(4).toString("hex")}`;
  try {
    await writeFile3(temporary, text, "utf8");
    await rename2(temporary, target);
  } catch (error) {
    await rm2(temporary, { force: true });
    throw error;
  }
  return target;
}
var init_write_file = __esm({
  "src/baseline/write-file.ts"() {
    "use strict";
  }
});

// src/commands/compare.ts
var compare_exports = {};
__export(compare_exports, {
  gateExitCode: () => gateExitCode2,
  main: () => main2,
  parsePercent: () => parsePercent
});
import { resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
function parsePercent(value, option) {
  const match = /^(\d+(?:\.\d+)?)%?$/.exec(value.trim());
  if (match === null) {
    throw new UsageError(
      `Invalid ${option} "${value}": write a percentage of 0 or more, such as 10 or 12.5%.`
    );
  }
  return Number(match[1]);
}
function parseFlags2(args) {
  try {
    return parseArgs2({ args, options: options2, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(
      `${error.message} Run "memgate compare --help" for the options.`
    );
  }
}
function requireFlag(value, flag) {
  if (value === void 0 || value === "") {
    throw new UsageError(
      `Missing ${flag} FILE: pass the report file, such as ${flag} memgate-report.json.`
    );
  }
  return value;
}
function parseTolerance(value, option) {
  const zero = /^0+(?:\.0+)?(.*)$/.exec(value.trim());
  if (zero === null) return parseSize(value, option);
  if (zero[1] === "") return 0;
  try {
    parseSize(`1${zero[1]}`, option);
  } catch {
    parseSize(value, option);
  }
  return 0;
}
function readTolerance(flags) {
  const tolerance = {};
  if (flags["max-increase"] !== void 0) {
    tolerance.maxIncreasePercent = parsePercent(
      flags["max-increase"],
      "--max-increase"
    );
  }
  if (flags["max-increase-bytes"] !== void 0) {
    tolerance.maxIncreaseBytes = parseTolerance(
      flags["max-increase-bytes"],
      "--max-increase-bytes"
    );
  }
  return tolerance;
}
function baselineInfo(baseline) {
  if (baseline.selection === void 0) return { store: "file" };
  const { found: _found, ...info } = baseline.selection;
  return info;
}
function checkOutputs(flags, inputs) {
  const resolved = inputs.map((input) => resolve3(input));
  for (const option of ["markdown", "json"]) {
    const output = flags[option];
    if (output !== void 0 && resolved.includes(resolve3(output))) {
      throw new UsageError(
        `Invalid --${option} "${output}": it is also an input report and would be overwritten. Pass another file.`
      );
    }
  }
}
async function writeOutput(file, option, text, comparison) {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    const code = error.code ?? "";
    throw new UsageError(
      `Cannot write ${option} "${file}": ${code || error.message}${code === "EISDIR" ? " (it is a folder)" : ""}. Pass a writable file path. The gate result above is "${comparison.gate}" (exit ${gateExitCode2(comparison)} when the file can be written).`
    );
  }
}
function gateExitCode2(comparison) {
  return comparison.gate === "passed" ? ExitCode.Passed : ExitCode.GateFailed;
}
function settingsTolerance(settings) {
  const tolerance = {};
  if (settings.maxIncreasePercent !== void 0)
    tolerance.maxIncreasePercent = settings.maxIncreasePercent;
  if (settings.maxIncreaseBytes !== void 0)
    tolerance.maxIncreaseBytes = settings.maxIncreaseBytes;
  return tolerance;
}
async function main2(args) {
  const flags = parseFlags2(args);
  if (flags.help) {
    process.stdout.write(`${usage2}
`);
    return ExitCode.Passed;
  }
  const baselineFile = requireFlag(flags.baseline, "--baseline");
  const reportFile = requireFlag(flags.report, "--report");
  const tolerance = readTolerance(flags);
  const headroomPercent = flags.headroom === void 0 ? void 0 : parsePercent(flags.headroom, "--headroom");
  checkOutputs(flags, [baselineFile, reportFile]);
  const baseline = await readReportFile(baselineFile, "--baseline");
  const current = await readReportFile(reportFile, "--report");
  checkMeasuredReport(
    current,
    `--report "${reportFile}"`,
    "The arguments may be swapped: --baseline takes the file that `memgate baseline select` writes, and --report the file that `memgate run --report FILE` writes."
  );
  const settings = current.settings ?? {};
  const comparison = compareReports(
    current,
    isNoBaseline(baseline) ? null : baseline,
    {
      tolerance: { ...settingsTolerance(settings), ...tolerance },
      headroomPercent: headroomPercent ?? settings.headroomPercent,
      baseline: baselineInfo(baseline)
    }
  );
  const markdown = renderComparisonMarkdown(comparison);
  process.stdout.write(markdown);
  if (flags.markdown !== void 0) {
    await writeOutput(flags.markdown, "--markdown", markdown, comparison);
  }
  if (flags.json !== void 0) {
    const {
      current: _current,
      baselineReport: _baseline,
      ...summary
    } = comparison;
    const json = `${JSON.stringify(summary, null, 2)}
`;
    await writeOutput(flags.json, "--json", json, comparison);
  }
  return gateExitCode2(comparison);
}
var usage2, options2;
var init_compare3 = __esm({
  "src/commands/compare.ts"() {
    "use strict";
    init_read_file();
    init_record();
    init_write_file();
    init_compare();
    init_markdown();
    init_types3();
    init_errors();
    init_size();
    usage2 = `Usage: memgate compare --baseline FILE --report FILE [options]

Compares a report with a baseline report, prints the result table and
decides the gate.

Options:
  --baseline FILE             baseline report (from memgate run, the
                              baseline file or memgate baseline select;
                              a "no baseline yet" file from select makes
                              every workload new)
  --report FILE               current report
  --max-increase PERCENT      relative tolerance, such as 10 or 10% (default ${DEFAULT_TOLERANCE.maxIncreasePercent})
  --max-increase-bytes SIZE   absolute tolerance, such as 8MiB (default 8MiB);
                              a peak regresses only past both tolerances,
                              and 0 means any growth past the relative one
  --headroom PERCENT          warn when a peak is above this share of its
                              limit (default ${DEFAULT_HEADROOM_PERCENT})
  --markdown FILE             also write the result as Markdown
  --json FILE                 also write the comparison as JSON
  --help                      show this help

Exit status: 0 passed, 1 the gate failed (regression, OOM kill or failed
workload), 2 invalid usage or unreadable files.`;
    options2 = {
      baseline: { type: "string" },
      report: { type: "string" },
      "max-increase": { type: "string" },
      "max-increase-bytes": { type: "string" },
      headroom: { type: "string" },
      markdown: { type: "string" },
      json: { type: "string" },
      help: { type: "boolean" }
    };
  }
});

// src/git/git.ts
async function tryGit(args, options3) {
  const result = await execa("git", args, {
    cwd: options3.cwd,
    env: { GIT_TERMINAL_PROMPT: "0", ...options3.env },
    input: options3.input,
    reject: false,
    stripFinalNewline: false
  });
  return {
    exitCode: result.exitCode ?? 1,
    stdout: String(result.stdout),
    stderr: String(result.stderr)
  };
}
async function git(args, options3) {
  const result = await tryGit(args, options3);
  if (result.exitCode !== 0) throw new GitError(args, result);
  return result.stdout.trim();
}
async function hasCommit(cwd, revision) {
  const result = await tryGit(["cat-file", "-e", `${revision}^{commit}`], {
    cwd
  });
  return result.exitCode === 0;
}
async function isShallow(cwd) {
  const output = await git(["rev-parse", "--is-shallow-repository"], { cwd });
  return output === "true";
}
var GitError;
var init_git = __esm({
  "src/git/git.ts"() {
    "use strict";
    init_execa();
    GitError = class extends Error {
      constructor(args, result) {
        const detail = result.stderr.trim() || result.stdout.trim();
        super(`git ${args.join(" ")} failed (exit ${result.exitCode}): ${detail}`);
        this.args = args;
        this.result = result;
      }
      args;
      result;
      name = "GitError";
    };
  }
});

// src/baseline/prune.ts
function recordSubject(commit, date) {
  return `Record memgate baseline for ${commit} (commit date ${date})`;
}
async function commitDate(cwd, commit) {
  const result = await tryGit(["show", "-s", "--format=%ct", commit, "--"], {
    cwd
  });
  const date = Number(result.stdout.trim());
  if (result.exitCode === 0 && Number.isInteger(date) && date > 0) return date;
  return Math.floor(Date.now() / 1e3);
}
async function prunableRecords(cwd, tip, newPath, newDate, keep) {
  const present = new Set(
    (await git(["ls-tree", "-r", "--name-only", tip, "--", "records"], { cwd })).split("\n").filter(Boolean)
  );
  present.delete(newPath);
  const dated = [{ path: newPath, date: newDate }];
  for (const record of await addedRecords(cwd, tip)) {
    if (present.delete(record.path)) dated.push(record);
  }
  dated.sort((a2, b) => b.date - a2.date);
  return dated.slice(keep).map((record) => record.path).filter((path11) => path11 !== newPath);
}
async function addedRecords(cwd, tip) {
  const output = await git(
    [
      "log",
      "--no-renames",
      "--format=%x1e%ct %s",
      "--name-only",
      "--diff-filter=A",
      tip,
      "--",
      "records"
    ],
    { cwd }
  );
  const records = [];
  for (const entry of output.split("").filter(Boolean)) {
    const [header = "", ...paths] = entry.split("\n");
    const [storeDate = "0", ...subject] = header.split(" ");
    const recorded = DATE_IN_SUBJECT.exec(subject.join(" "));
    const date = Number(recorded?.[1] ?? storeDate);
    for (const path11 of paths.filter(Boolean)) records.push({ path: path11, date });
  }
  return records;
}
var DATE_IN_SUBJECT;
var init_prune = __esm({
  "src/baseline/prune.ts"() {
    "use strict";
    init_git();
    DATE_IN_SUBJECT = /\(commit date (\d+)\)$/;
  }
});

// src/git/history.ts
import { randomBytes as randomBytes3 } from "node:crypto";
function privateRef(name) {
  return `refs/memgate/fetch/${process.pid}-${randomBytes3(4).toString("hex")}/${name}`;
}
async function deleteRef(cwd, ref) {
  await tryGit(["update-ref", "-d", ref], { cwd });
}
async function checkBranchName(cwd, name, option) {
  const result = name.startsWith("-") ? { exitCode: 1 } : await tryGit(["check-ref-format", `refs/heads/${name}`], { cwd });
  if (result.exitCode !== 0) {
    throw new UsageError(
      `Invalid ${option} "${name}": it is not a valid git branch name. Pass a branch name such as main.`
    );
  }
}
async function resolveRevision(options3, revision, option) {
  const invalid2 = (reason) => new UsageError(
    `Invalid ${option} "${revision}": ${reason}. Pass a commit id or a ref, such as HEAD.`
  );
  if (revision === "" || revision.startsWith("-")) {
    throw invalid2('a revision cannot start with "-"');
  }
  await ensureCommit(options3, revision);
  const result = await tryGit(
    [
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${revision}^{commit}`
    ],
    { cwd: options3.cwd }
  );
  if (result.exitCode !== 0)
    throw invalid2(`it names no commit in ${options3.cwd}`);
  return result.stdout.trim();
}
async function fetchBranch(options3, branch, localRef, depth) {
  const args = ["fetch", "--no-tags", "--quiet", "--refmap="];
  if (depth !== void 0 && await isShallow(options3.cwd)) {
    args.push(`--depth=${depth}`);
  }
  args.push(options3.remote, `+refs/heads/${branch}:${localRef}`);
  const result = await tryGit(args, { cwd: options3.cwd });
  if (result.exitCode !== 0) {
    if (/couldn't find remote ref/i.test(result.stderr)) return null;
    throw new GitError(args, result);
  }
  return git(["rev-parse", "--verify", `${localRef}^{commit}`], {
    cwd: options3.cwd
  });
}
async function findMergeBase(options3) {
  await checkBranchName(options3.cwd, options3.baseBranch, "base branch");
  const baseRef = privateRef("base");
  try {
    return await searchMergeBase(options3, baseRef);
  } finally {
    await deleteRef(options3.cwd, baseRef);
  }
}
async function searchMergeBase(options3, baseRef) {
  const tip = await fetchBranch(options3, options3.baseBranch, baseRef, 50);
  if (tip === null) {
    throw new UsageError(
      `Base branch "${options3.baseBranch}" was not found on remote "${options3.remote}": pass the branch the pull request targets.`
    );
  }
  const head = await resolveRevision(options3, options3.head, "head commit");
  const refspec = `+refs/heads/${options3.baseBranch}:${baseRef}`;
  for (const step of [...DEEPEN_STEPS, "unshallow"]) {
    const found2 = await mergeBase(options3.cwd, baseRef, head);
    if (found2 !== null) return found2;
    if (!await isShallow(options3.cwd)) break;
    const deepen = step === "unshallow" ? "--unshallow" : `--deepen=${step}`;
    await git(
      [
        "fetch",
        "--no-tags",
        "--quiet",
        "--refmap=",
        deepen,
        options3.remote,
        refspec
      ],
      {
        cwd: options3.cwd
      }
    );
  }
  const found = await mergeBase(options3.cwd, baseRef, head);
  if (found !== null) return found;
  throw new UsageError(
    `Branch "${options3.baseBranch}" and commit ${options3.head} share no history, so there is no merge-base to take a baseline from.`
  );
}
async function firstParentAncestors(options3, commit, count2) {
  const list = () => git(["rev-list", "--first-parent", `--max-count=${count2 + 1}`, commit], {
    cwd: options3.cwd
  }).then((output) => output.split("\n").filter(Boolean));
  const commits = await list();
  if (commits.length > count2 || !await isShallow(options3.cwd)) {
    return commits;
  }
  await tryGit(
    ["fetch", "--no-tags", "--quiet", `--deepen=${count2 + 1}`, options3.remote],
    { cwd: options3.cwd }
  );
  return list();
}
async function mergeBase(cwd, base, head) {
  const result = await tryGit(["merge-base", "--end-of-options", base, head], {
    cwd
  });
  return result.exitCode === 0 ? result.stdout.trim() : null;
}
async function ensureCommit(options3, commit) {
  if (await hasCommit(options3.cwd, commit)) return;
  const args = ["fetch", "--no-tags", "--quiet"];
  if (await isShallow(options3.cwd)) args.push("--depth=50");
  const result = await tryGit(
    [...args, "--end-of-options", options3.remote, commit],
    { cwd: options3.cwd }
  );
  if (result.exitCode !== 0 && !/couldn't find remote ref|not our ref|unadvertised object/i.test(
    result.stderr
  )) {
    throw new GitError([...args, options3.remote, commit], result);
  }
}
var DEEPEN_STEPS;
var init_history = __esm({
  "src/git/history.ts"() {
    "use strict";
    init_errors();
    init_git();
    DEEPEN_STEPS = [50, 200, 1e3];
  }
});

// src/baseline/errors.ts
var BaselineStoreError;
var init_errors2 = __esm({
  "src/baseline/errors.ts"() {
    "use strict";
    init_errors();
    BaselineStoreError = class extends MeasurementError {
      name = "BaselineStoreError";
    };
  }
});

// src/baseline/types.ts
var DEFAULT_STORE_BRANCH, DEFAULT_BASELINE_FILE, DEFAULT_KEEP_RECORDS, DEFAULT_MAX_DISTANCE;
var init_types4 = __esm({
  "src/baseline/types.ts"() {
    "use strict";
    DEFAULT_STORE_BRANCH = "memgate-baselines";
    DEFAULT_BASELINE_FILE = "memgate-baseline.json";
    DEFAULT_KEEP_RECORDS = 500;
    DEFAULT_MAX_DISTANCE = 50;
  }
});

// src/baseline/branch-store.ts
import { mkdtemp, rm as rm3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";
import { setTimeout as sleep6 } from "node:timers/promises";
function recordPath(commit) {
  return `records/${commit.slice(0, 2)}/${commit}.json`;
}
function backoffMs(attempt) {
  const base = 100 * 2 ** Math.min(attempt - 1, 5);
  return base / 2 + Math.random() * base;
}
var localLock, lostRace, GitBranchStore;
var init_branch_store = __esm({
  "src/baseline/branch-store.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_prune();
    init_history();
    init_errors2();
    init_record();
    init_types4();
    localLock = /cannot lock ref|unable to create '[^']*\.lock'|shallow file has changed/i;
    lostRace = /\[rejected\].*\((non-fast-forward|fetch first|stale info)\)|\[remote rejected\].*\((cannot lock ref|failed to update ref|failed to lock|incorrect old value)/i;
    GitBranchStore = class {
      kind = "branch";
      cwd;
      remote;
      branch;
      keep;
      maxAttempts;
      author;
      tip = null;
      prepared = false;
      constructor(options3) {
        this.cwd = options3.cwd;
        this.remote = options3.remote ?? "origin";
        this.branch = options3.branch ?? DEFAULT_STORE_BRANCH;
        this.keep = options3.keep ?? DEFAULT_KEEP_RECORDS;
        this.maxAttempts = options3.maxAttempts ?? 10;
        this.author = options3.author ?? {
          name: "memgate",
          email: "memgate@localhost"
        };
        if (!Number.isInteger(this.keep) || this.keep < 1) {
          throw new UsageError(
            `Invalid number of records to keep "${options3.keep}": use a whole number of 1 or more.`
          );
        }
      }
      /** Names the branch and remote, for messages. */
      describe() {
        return `branch "${this.branch}" of remote "${this.remote}"`;
      }
      /**
       * Fetches the store branch's tip; an absent branch is an empty store.
       * The fetch goes to a ref of this process alone, deleted afterwards,
       * because writers that share one clone would otherwise fail to lock it.
       */
      async prepare() {
        await checkBranchName(this.cwd, this.branch, "--branch");
        const ref = privateRef("store");
        try {
          const options3 = { cwd: this.cwd, remote: this.remote };
          this.tip = await fetchBranch(options3, this.branch, ref);
        } finally {
          await deleteRef(this.cwd, ref);
        }
        this.prepared = true;
      }
      /** Names a store branch that the remote does not have, after prepare. */
      missingReason() {
        if (!this.prepared || this.tip !== null) return null;
        return `branch "${this.branch}" does not exist on remote "${this.remote}" yet`;
      }
      /** Lists the commits that have a record, from the fetched store branch. */
      async listCommits() {
        if (!this.prepared) await this.prepare();
        if (this.tip === null) return [];
        const output = await git(
          ["ls-tree", "-r", "--name-only", this.tip, "--", "records"],
          { cwd: this.cwd }
        );
        return output.split("\n").filter(Boolean).map((path11) => path11.replace(/^.*\//, "").replace(/\.json$/, ""));
      }
      /** Reads the record for `commit`; throws a RecordError naming commit and path when it is corrupt or too new. */
      async read(commit) {
        if (!this.prepared) await this.prepare();
        if (this.tip === null) return null;
        const path11 = recordPath(commit);
        const result = await tryGit(["cat-file", "blob", `${this.tip}:${path11}`], {
          cwd: this.cwd
        });
        if (result.exitCode !== 0) return null;
        const source = `the baseline record for commit ${commit} (${path11} in branch ${this.branch})`;
        return parseReport(result.stdout, source);
      }
      /**
       * Stores `report` as the record for `commit` and pushes it, fetching and
       * re-applying on top of the new tip when another writer got there first.
       */
      async write(commit, report) {
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) {
          throw new UsageError(
            `Invalid commit "${commit}": pass the full hexadecimal commit id.`
          );
        }
        const path11 = recordPath(commit);
        const date = await commitDate(this.cwd, commit);
        const blob = await git(["hash-object", "-w", "--stdin"], {
          cwd: this.cwd,
          input: serializeReport(report)
        });
        for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
          if (!await this.prepareUnlessLocked()) {
            await sleep6(backoffMs(attempt));
            continue;
          }
          const { storeCommit, pruned } = await this.commitRecord(
            commit,
            path11,
            blob,
            date
          );
          const pushed = await this.push(storeCommit);
          if (pushed) {
            this.tip = storeCommit;
            return { storeCommit, path: path11, attempts: attempt, pruned };
          }
          await sleep6(backoffMs(attempt));
        }
        throw new BaselineStoreError(
          `Could not store the baseline record for commit ${commit}: the push to branch "${this.branch}" of remote "${this.remote}" was rejected ${this.maxAttempts} times because other jobs updated it at the same time. Run the job again.`
        );
      }
      /**
       * Fetches like prepare(), but returns false where another git process in
       * this clone held a lock file (a ref, packed-refs or the shallow file),
       * so that the write loop tries again.
       */
      async prepareUnlessLocked() {
        try {
          await this.prepare();
          return true;
        } catch (error) {
          if (error instanceof GitError && localLock.test(error.result.stderr)) {
            return false;
          }
          throw error;
        }
      }
      async commitRecord(commit, path11, blob, date) {
        const folder = await mkdtemp(join7(tmpdir(), "memgate-index-"));
        try {
          const env = { GIT_INDEX_FILE: join7(folder, "index") };
          const options3 = { cwd: this.cwd, env };
          await git(
            this.tip === null ? ["read-tree", "--empty"] : ["read-tree", this.tip],
            options3
          );
          await git(
            ["update-index", "--add", "--cacheinfo", `100644,${blob},${path11}`],
            options3
          );
          const pruned = this.tip === null ? [] : await prunableRecords(this.cwd, this.tip, path11, date, this.keep);
          if (pruned.length > 0) {
            await git(["update-index", "--force-remove", "--", ...pruned], options3);
          }
          const tree = await git(["write-tree"], options3);
          const parents = this.tip === null ? [] : ["-p", this.tip];
          const message = recordSubject(commit, date);
          const storeCommit = await git(
            ["commit-tree", tree, ...parents, "-m", message],
            {
              cwd: this.cwd,
              env: this.identity()
            }
          );
          return { storeCommit, pruned };
        } finally {
          await rm3(folder, { recursive: true, force: true });
        }
      }
      /**
       * Pushes `storeCommit` to the store branch. Returns false when another
       * writer moved the branch first, so a retry on the new tip can succeed,
       * and throws with the remote's own message on any other rejection, such
       * as a hook, branch protection or missing permission.
       */
      async push(storeCommit) {
        const refspec = `${storeCommit}:refs/heads/${this.branch}`;
        const result = await tryGit(
          [
            "-c",
            "core.hooksPath=/dev/null",
            "push",
            "--quiet",
            this.remote,
            refspec
          ],
          { cwd: this.cwd }
        );
        if (result.exitCode === 0) return true;
        if (lostRace.test(result.stderr)) return false;
        throw new BaselineStoreError(
          `Could not push baseline records to branch "${this.branch}" of remote "${this.remote}": ${result.stderr.trim()}
Check that the job may push to that branch (permissions: contents: write) and that no branch protection rule or hook on the remote rejects it.`
        );
      }
      identity() {
        const { name, email } = this.author;
        return {
          GIT_AUTHOR_NAME: name,
          GIT_AUTHOR_EMAIL: email,
          GIT_COMMITTER_NAME: name,
          GIT_COMMITTER_EMAIL: email
        };
      }
    };
  }
});

// src/baseline/file-store.ts
import { resolve as resolve4 } from "node:path";
var FileStore;
var init_file_store = __esm({
  "src/baseline/file-store.ts"() {
    "use strict";
    init_git();
    init_record();
    init_write_file();
    init_types4();
    FileStore = class {
      kind = "file";
      cwd;
      path;
      constructor(options3) {
        this.cwd = options3.cwd;
        this.path = options3.path ?? DEFAULT_BASELINE_FILE;
      }
      /** Names the file, for messages. */
      describe() {
        return `file "${this.path}"`;
      }
      /** Nothing to fetch: the merge-base search fetches the commits. */
      async prepare() {
      }
      /** Reads the file as committed at `commit`, or null where it did not exist. */
      async read(commit) {
        const spec = `${commit}:./${this.path}`;
        const result = await tryGit(["show", spec], { cwd: this.cwd });
        if (result.exitCode !== 0) return null;
        return parseReport(result.stdout, `${this.path} at commit ${commit}`);
      }
      /** Writes `report` to the file in the working tree, atomically; returns its path. */
      async write(report) {
        return writeFileAtomic(
          resolve4(this.cwd, this.path),
          serializeReport(report)
        );
      }
    };
  }
});

// src/baseline/head.ts
import { readFile as readFile5 } from "node:fs/promises";
async function defaultHead(cwd, eventPath = process.env.GITHUB_EVENT_PATH) {
  const fromEvent = await pullRequestHead(eventPath);
  if (fromEvent !== null) {
    return {
      head: fromEvent,
      note: `head ${fromEvent}: pull_request.head.sha of the event in ${eventPath}`
    };
  }
  const parents = await tryGit(["rev-list", "--parents", "-n", "1", "HEAD"], {
    cwd
  });
  const ids = parents.stdout.trim().split(" ");
  if (parents.exitCode !== 0 || ids.length < 3)
    return { head: "HEAD", note: null };
  return {
    head: "HEAD",
    note: `head: HEAD ${ids[0]} is a merge commit (parents ${ids.slice(1).join(", ")}), used as it is. In a pull request checkout it is GitHub's test merge commit: pass --head with the pull request's head commit to select the baseline of its real merge-base.`
  };
}
async function pullRequestHead(eventPath) {
  if (eventPath === void 0 || eventPath === "") return null;
  let payload;
  try {
    payload = JSON.parse(await readFile5(eventPath, "utf8"));
  } catch {
    return null;
  }
  const sha = payload?.pull_request?.head?.sha;
  return typeof sha === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : null;
}
var init_head = __esm({
  "src/baseline/head.ts"() {
    "use strict";
    init_git();
  }
});

// src/baseline/select.ts
async function selectBaseline(store2, options3) {
  const remote = options3.remote ?? "origin";
  const maxDistance = options3.maxDistance ?? DEFAULT_MAX_DISTANCE;
  await store2.prepare();
  const mergeBase2 = await findMergeBase({ ...options3, remote });
  const ancestors = await firstParentAncestors(
    { cwd: options3.cwd, remote },
    mergeBase2,
    maxDistance
  );
  for (const [distance, commit] of ancestors.entries()) {
    const report = await store2.read(commit);
    if (report !== null) {
      return {
        report,
        info: { store: store2.kind, commit, mergeBase: mergeBase2, distance }
      };
    }
  }
  const missingReason = store2.missingReason?.() ?? null;
  return {
    report: null,
    info: {
      store: store2.kind,
      mergeBase: mergeBase2,
      ...missingReason === null ? {} : { missingReason }
    }
  };
}
function selectionFile(selected) {
  const selection = { found: selected.report !== null, ...selected.info };
  if (selected.report !== null) return { ...selected.report, selection };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    memgateVersion: VERSION,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    selection,
    workloads: []
  };
}
var init_select = __esm({
  "src/baseline/select.ts"() {
    "use strict";
    init_types2();
    init_version();
    init_history();
    init_types4();
  }
});

// src/commands/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  main: () => main3
});
import { mkdtemp as mkdtemp2, readFile as readFile6, rm as rm4 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join8 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";
function parseStoreFlags(args, subcommand) {
  try {
    return parseArgs3({
      args,
      options: storeOptions,
      strict: true,
      allowPositionals: false
    }).values;
  } catch (error) {
    throw new UsageError(
      `${error.message} Run "memgate baseline --help" for the options of "${subcommand}".`
    );
  }
}
function parseCount(value, flag, fallback, minimum) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new UsageError(
      `Invalid ${flag} "${value}": write a whole number of at least ${minimum}, such as ${fallback}.`
    );
  }
  return Number(value);
}
function requireFlag2(value, flag, example) {
  if (value === void 0 || value === "") {
    throw new UsageError(
      `Missing ${flag}: pass it, such as ${flag} ${example}.`
    );
  }
  return value;
}
function takeFileOption(options3) {
  const index = options3.findIndex(
    (arg2) => arg2 === "--file" || arg2.startsWith("--file=")
  );
  if (index === -1) return DEFAULT_BASELINE_FILE;
  const arg = options3[index];
  const inline = arg.startsWith("--file=");
  const value = inline ? arg.slice("--file=".length) : options3[index + 1];
  options3.splice(index, inline ? 1 : 2);
  if (value === void 0 || value === "" || value.startsWith("--")) {
    throw new UsageError(
      "Missing value of --file: pass a path, such as --file memgate-baseline.json."
    );
  }
  return value;
}
async function update(args) {
  const separator = args.indexOf("--");
  const options3 = separator === -1 ? [...args] : args.slice(0, separator);
  const rest = separator === -1 ? [] : args.slice(separator);
  if (options3.some((arg) => arg === "--report" || arg.startsWith("--report="))) {
    throw new UsageError(
      "memgate baseline update writes the baseline file: use --file FILE in place of --report."
    );
  }
  const file = takeFileOption(options3);
  const folder = await mkdtemp2(join8(tmpdir2(), "memgate-update-"));
  try {
    const temporary = join8(folder, "report.json");
    const run2 = await Promise.resolve().then(() => (init_run(), run_exports));
    const code = await run2.main([...options3, "--report", temporary, ...rest]);
    const text = await readFile6(temporary, "utf8");
    const failures = describeFailedRuns(parseReport(text, temporary));
    if (code !== ExitCode.Passed || failures.length > 0) {
      const reason = failures.join("; ") || `memgate run exited with ${code}`;
      process.stderr.write(
        `memgate: the baseline was not written, and ${file} is unchanged: ${reason}. Fix the workload or its limit, then run memgate baseline update again.
`
      );
      return code === ExitCode.Passed ? ExitCode.GateFailed : code;
    }
    await writeFileAtomic(file, text);
    process.stderr.write(`memgate: baseline written to ${file}
`);
    return ExitCode.Passed;
  } finally {
    await rm4(folder, { recursive: true, force: true });
  }
}
async function resolveCommit(cwd, revision) {
  const result = revision.startsWith("-") ? { exitCode: 1, stdout: "" } : await tryGit(
    ["rev-parse", "--verify", "--end-of-options", `${revision}^{commit}`],
    { cwd }
  );
  if (result.exitCode !== 0) {
    throw new UsageError(
      `Invalid --commit "${revision}": it names no commit in ${cwd}. Pass a commit id or ref, such as HEAD.`
    );
  }
  return result.stdout.trim();
}
async function checkRepository(cwd, subcommand) {
  const result = await tryGit(["rev-parse", "--git-dir"], { cwd });
  if (result.exitCode !== 0) {
    throw new UsageError(
      `${cwd} is not inside a git repository: run memgate baseline ${subcommand} in a clone of the repository that has the baselines.`
    );
  }
}
async function store(flags) {
  const reportFile = requireFlag2(
    flags.report,
    "--report",
    "memgate-report.json"
  );
  const report = await readReportFile(reportFile, "--report");
  checkMeasuredReport(
    report,
    `--report "${reportFile}"`,
    "Pass the report that `memgate run --report FILE` wrote for this commit."
  );
  const cwd = process.cwd();
  await checkRepository(cwd, "store");
  const commit = await resolveCommit(cwd, flags.commit ?? "HEAD");
  const branchStore = new GitBranchStore({
    cwd,
    remote: flags.remote,
    branch: flags.branch,
    keep: parseCount(flags.keep, "--keep", DEFAULT_KEEP_RECORDS, 1)
  });
  const result = await branchStore.write(commit, report);
  process.stderr.write(
    `memgate: stored the baseline record for ${commit} as ${result.path} in branch ${branchStore.branch} (${result.attempts} push attempts, ${result.pruned.length} old records pruned)
`
  );
  return ExitCode.Passed;
}
function openStore(flags, cwd) {
  const kind = flags.store ?? "branch";
  if (kind === "file") return new FileStore({ cwd, path: flags.file });
  if (kind !== "branch") {
    throw new UsageError(`Invalid --store "${kind}": use branch or file.`);
  }
  return new GitBranchStore({
    cwd,
    remote: flags.remote,
    branch: flags.branch
  });
}
async function select(flags) {
  const baseBranch = requireFlag2(flags.base, "--base", "main");
  const output = requireFlag2(flags.output, "--output", "baseline.json");
  const maxDistance = parseCount(
    flags["max-distance"],
    "--max-distance",
    DEFAULT_MAX_DISTANCE,
    0
  );
  const cwd = process.cwd();
  await checkRepository(cwd, "select");
  const store2 = openStore(flags, cwd);
  let head = flags.head;
  if (head === void 0) {
    const picked = await defaultHead(cwd);
    if (picked.note !== null) process.stderr.write(`memgate: ${picked.note}
`);
    head = picked.head;
  }
  const selected = await selectBaseline(store2, {
    cwd,
    remote: flags.remote,
    baseBranch,
    head,
    maxDistance
  });
  const { info } = selected;
  await writeFileAtomic(output, serializeReport(selectionFile(selected)));
  if (selected.report === null) {
    const reason = info.missingReason === void 0 ? `${describeMissing2(store2)} at merge-base ${info.mergeBase} or its ${maxDistance} nearest first-parent ancestors` : `${info.missingReason}. This is normal before the first \`memgate baseline store\`; otherwise check --branch and --remote for a typo`;
    process.stderr.write(
      `memgate: no baseline: ${reason}. Wrote ${output}, which memgate compare reads as "no baseline yet" (every workload is new).
`
    );
    return ExitCode.Passed;
  }
  process.stderr.write(
    `memgate: baseline of commit ${info.commit}, ${info.distance} first-parent commits before merge-base ${info.mergeBase}, written to ${output}
`
  );
  return ExitCode.Passed;
}
function describeMissing2(store2) {
  const where = store2.describe?.() ?? `the ${store2.kind} store`;
  return store2.kind === "file" ? `${where} was not found` : `${where} has no record`;
}
async function main3(args) {
  const [subcommand, ...rest] = args;
  if (subcommand === void 0 || subcommand === "--help" || subcommand === "-h") {
    process.stdout.write(`${usage3}
`);
    return subcommand === void 0 ? ExitCode.Usage : ExitCode.Passed;
  }
  if (subcommand === "update") return update(rest);
  if (subcommand !== "store" && subcommand !== "select") {
    throw new UsageError(
      `Unknown subcommand "baseline ${subcommand}": use update, store or select.`
    );
  }
  const flags = parseStoreFlags(rest, subcommand);
  if (flags.help) {
    process.stdout.write(`${usage3}
`);
    return ExitCode.Passed;
  }
  try {
    return await (subcommand === "store" ? store(flags) : select(flags));
  } catch (error) {
    if (error instanceof GitError) throw new BaselineStoreError(error.message);
    throw error;
  }
}
var usage3, storeOptions;
var init_baseline = __esm({
  "src/commands/baseline.ts"() {
    "use strict";
    init_branch_store();
    init_errors2();
    init_file_store();
    init_head();
    init_read_file();
    init_record();
    init_select();
    init_types4();
    init_write_file();
    init_errors();
    init_git();
    usage3 = `Usage:
  memgate baseline update [--file FILE] [run options] [-- COMMAND ARG...]
      Measures the workloads like memgate run and writes the result to the
      baseline file (default ${DEFAULT_BASELINE_FILE}), to commit with the code.
  memgate baseline store --report FILE [--commit REV] [store options]
      Stores a report as the record for a commit (default HEAD) in the
      baseline branch, and pushes it.
  memgate baseline select --base BRANCH --output FILE [--head REV]
                          [--store branch|file] [--file FILE] [store options]
      Writes the baseline of a pull request to FILE: the record for the
      merge-base of BRANCH and REV, or of the nearest first-parent ancestor
      that has one. With no record, FILE says "no baseline yet", and
      memgate compare then passes with every workload new.
      REV defaults to pull_request.head.sha of $GITHUB_EVENT_PATH in a
      pull_request job, else HEAD. A pull request checkout's HEAD is
      GitHub's test merge commit (its first parent is the base branch's
      tip), so outside that event pass the pull request's head commit.

Store options:
  --remote NAME         remote that holds the store branch (default origin)
  --branch NAME         store branch (default ${DEFAULT_STORE_BRANCH})
  --keep N              records to keep when storing (default ${DEFAULT_KEEP_RECORDS})
  --max-distance N      first-parent commits to walk back from the
                        merge-base when selecting (default ${DEFAULT_MAX_DISTANCE})`;
    storeOptions = {
      remote: { type: "string" },
      branch: { type: "string" },
      keep: { type: "string" },
      "max-distance": { type: "string" },
      report: { type: "string" },
      commit: { type: "string" },
      base: { type: "string" },
      head: { type: "string" },
      store: { type: "string" },
      file: { type: "string" },
      output: { type: "string" },
      help: { type: "boolean" }
    };
  }
});

// src/cli.ts
init_errors();
init_version();
var usage4 = `Usage:
  memgate run [--config FILE] [--limit SIZE] [--repeat N] [--timeout SECONDS]
              [--name NAME] [--report FILE] [--sandbox KIND] [-- COMMAND ARG...]
  memgate compare --baseline FILE --report FILE [--max-increase PERCENT]
              [--max-increase-bytes SIZE] [--markdown FILE]
  memgate baseline update [--file FILE] [run options]
  memgate --version

Exit status: 0 passed, 1 the gate failed (regression, OOM kill or failed
workload), 2 invalid usage or configuration, 3 the measurement could not be
made. 'memgate COMMAND --help' describes each command's options.`;
var commands = {
  run: () => Promise.resolve().then(() => (init_run(), run_exports)),
  compare: () => Promise.resolve().then(() => (init_compare3(), compare_exports)),
  baseline: () => Promise.resolve().then(() => (init_baseline(), baseline_exports))
};
async function main4(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h") {
    process.stdout.write(`${usage4}
`);
    return name === void 0 ? ExitCode.Usage : ExitCode.Passed;
  }
  if (name === "--version") {
    process.stdout.write(`${VERSION}
`);
    return ExitCode.Passed;
  }
  const load2 = commands[name];
  if (load2 === void 0) {
    throw new UsageError(
      `Unknown command "${name}": use one of ${Object.keys(commands).join(", ")}, or --help.`
    );
  }
  const command = await load2();
  return command.main(rest);
}
main4(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError || error instanceof MeasurementError) {
      process.stderr.write(`memgate: ${error.message}
`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(
      `memgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    process.exitCode = ExitCode.Measurement;
  }
);
//# sourceMappingURL=cli.js.map
