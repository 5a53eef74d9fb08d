/*
 * A scripted stand-in for office.js, served by the browser test instead of the Microsoft CDN
 * script. It implements only the calls the add-in's adapter (src/office/excel-workbook.ts) makes,
 * over an in-memory workbook, with Office.js's batching rules: commands are queued and run at
 * context.sync(); a property can be read only after it was loaded and synced; a failing command
 * stops the batch and rejects the sync, earlier commands staying done. Like Excel, a string
 * written through `values` into a cell not formatted as text ("@") is parsed: "=..." becomes a
 * formula and "12.5" a number. It cannot compute formulas: formula cells hold no value.
 *
 * The test sets window.__STANDIN_SETUP__ = { sheets: [{ name, cells: [[...], ...] }], active }
 * before the page loads, and drives and inspects the workbook through window.__standin.
 */
/* global window, setTimeout */
(function () {
  "use strict";

  var setup = window.__STANDIN_SETUP__ || { sheets: [{ name: "Sheet1", cells: [] }], active: 0 };
  var nextId = 1;

  function OfficeError(code, message) {
    var e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { code: code, message: message };
    return e;
  }

  function newSheet(name) {
    return {
      id: "{sheet-" + nextId++ + "}",
      name: name,
      cells: new Map(),
      formats: [],
      merges: [],
      widths: {},
      freeze: null,
      charts: [],
      conditional: [],
    };
  }

  var book = {
    sheets: [],
    activeId: null,
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
    syncs: 0,
    startupBehavior: null,
    failWrites: null,
    log: [],
    // Syncs before which a calculation suspension was queued, and the undo options of each run.
    suspended: [],
    runs: [],
  };

  function key(r, c) {
    return r + "," + c;
  }

  function setCell(sheet, r, c, patch) {
    var k = key(r, c);
    var cell = sheet.cells.get(k) || { value: "", formula: null, numberFormat: "General" };
    Object.assign(cell, patch);
    if (cell.value === "" && cell.formula === null && cell.numberFormat === "General")
      sheet.cells.delete(k);
    else sheet.cells.set(k, cell);
  }

  function getCell(sheet, r, c) {
    return sheet.cells.get(key(r, c)) || { value: "", formula: null, numberFormat: "General" };
  }

  setup.sheets.forEach(function (s) {
    var sheet = newSheet(s.name);
    (s.cells || []).forEach(function (row, r) {
      row.forEach(function (v, c) {
        if (v !== "" && v !== null && v !== undefined) setCell(sheet, r, c, { value: v });
      });
    });
    book.sheets.push(sheet);
  });
  book.activeId = book.sheets[setup.active || 0].id;

  function sheetById(id) {
    var s = book.sheets.find(function (x) {
      return x.id === id;
    });
    if (!s) throw OfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }

  function findSheet(keyOrName) {
    var lower = String(keyOrName).toLowerCase();
    return book.sheets.find(function (x) {
      return x.id === keyOrName || x.name.toLowerCase() === lower;
    });
  }

  /** "=RC[-2]/R5C[-2]" at zero-based row, col -> A1 references (outside quoted text). */
  function r1c1ToA1(formula, row, col) {
    function part(x, at) {
      if (x === undefined || x === "") return { n: at, abs: false };
      if (x.charAt(0) === "[") return { n: at + Number(x.slice(1, -1)), abs: false };
      return { n: Number(x) - 1, abs: true };
    }
    return formula
      .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
      .map(function (piece, k) {
        if (k % 2 === 1) return piece;
        return piece.replace(
          /(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g,
          function (_m, before, r, c) {
            var rr = part(r, row),
              cc = part(c, col);
            return (
              before + (cc.abs ? "$" : "") + colLetters(cc.n) + (rr.abs ? "$" : "") + (rr.n + 1)
            );
          }
        );
      })
      .join("");
  }

  function colLetters(c) {
    var n = c + 1;
    var out = "";
    while (n > 0) {
      var rem = (n - 1) % 26;
      out = String.fromCharCode(65 + rem) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  }

  function parseA1(address) {
    var text = String(address).replace(/\$/g, "").toUpperCase();
    if (text.indexOf("!") >= 0)
      throw OfficeError(
        "InvalidArgument",
        "The stand-in reads same-sheet addresses only: " + address
      );
    var parts = text.split(":").map(function (p) {
      var m = /^([A-Z]+)(\d+)$/.exec(p);
      if (!m) throw OfficeError("InvalidArgument", "Bad address " + address);
      var col = 0;
      for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
      return { row: Number(m[2]) - 1, col: col - 1 };
    });
    var a = parts[0];
    var b = parts[1] || a;
    return {
      row: Math.min(a.row, b.row),
      col: Math.min(a.col, b.col),
      rows: Math.abs(a.row - b.row) + 1,
      cols: Math.abs(a.col - b.col) + 1,
    };
  }

  function addressOf(sheet, rect) {
    var first = colLetters(rect.col) + (rect.row + 1);
    var last = colLetters(rect.col + rect.cols - 1) + (rect.row + rect.rows);
    var quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name)
      ? sheet.name
      : "'" + sheet.name.replace(/'/g, "''") + "'";
    return quoted + "!" + (rect.rows === 1 && rect.cols === 1 ? first : first + ":" + last);
  }

  /** Excel's reading of a string typed (or written through `values`) into a cell. */
  function typed(value, numberFormat) {
    if (typeof value !== "string" || numberFormat === "@") return { value: value, formula: null };
    if (value.charAt(0) === "=" && value.length > 1) return { value: "", formula: value };
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return { value: Number(value), formula: null };
    return { value: value, formula: null };
  }

  function checkShape(rect, matrix, what) {
    if (
      !Array.isArray(matrix) ||
      matrix.length !== rect.rows ||
      matrix.some(function (r) {
        return !Array.isArray(r) || r.length !== rect.cols;
      })
    ) {
      throw OfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range (" +
          what +
          ")."
      );
    }
  }

  // ---- proxies -------------------------------------------------------------------------------

  function Context() {
    this.queue = [];
    this.workbook = new WorkbookProxy(this);
  }
  Context.prototype.sync = function () {
    var queue = this.queue;
    this.queue = [];
    book.syncs++;
    return new Promise(function (resolve, reject) {
      // Asynchronous, as the real round trip is.
      setTimeout(function () {
        try {
          queue.forEach(function (op) {
            op();
          });
          resolve();
        } catch (e) {
          reject(e);
        }
      }, 5);
    });
  };

  /** Defines loadable read-only (or queued-write) properties on a proxy. */
  function loadable(proxy, names, writers) {
    proxy._loaded = {};
    names.forEach(function (name) {
      Object.defineProperty(proxy, name, {
        get: function () {
          if (!(name in proxy._loaded))
            throw OfficeError(
              "PropertyNotLoaded",
              "The property '" +
                name +
                "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
            );
          return proxy._loaded[name];
        },
        set: function (v) {
          if (!writers || !writers[name])
            throw OfficeError("InvalidArgument", "The property '" + name + "' is read-only.");
          var write = writers[name];
          proxy._ctx.queue.push(function () {
            write(v);
          });
        },
      });
    });
  }

  function queueLoad(proxy, what, read) {
    var props = Array.isArray(what) ? what : String(what || "").split(",");
    props = props
      .map(function (p) {
        return p.trim();
      })
      .filter(Boolean);
    proxy._ctx.queue.push(function () {
      props.forEach(function (p) {
        proxy._loaded[p] = read(p);
      });
    });
    return proxy;
  }

  function WorkbookProxy(ctx) {
    this._ctx = ctx;
    this.worksheets = new WorksheetsProxy(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: function () {
        ctx.queue.push(function () {
          book.suspended.push(book.syncs);
        });
      },
    };
  }
  WorkbookProxy.prototype.getSelectedRange = function () {
    return new RangeProxy(this._ctx, function () {
      return { sheet: sheetById(book.activeId), rect: book.selection };
    });
  };

  function WorksheetsProxy(ctx) {
    this._ctx = ctx;
    this._items = null;
    var self = this;
    Object.defineProperty(this, "items", {
      get: function () {
        if (!self._items)
          throw OfficeError("PropertyNotLoaded", "The property 'items' is not available.");
        return self._items;
      },
    });
  }
  WorksheetsProxy.prototype.load = function (what) {
    var self = this;
    var props = String(what)
      .replace(/items\//g, "")
      .split(",");
    this._ctx.queue.push(function () {
      self._items = book.sheets.map(function (s) {
        var p = new WorksheetProxy(self._ctx, function () {
          return sheetById(s.id);
        });
        props.forEach(function (name) {
          p._loaded[name.trim()] = s[name.trim()];
        });
        return p;
      });
    });
    return this;
  };
  WorksheetsProxy.prototype.add = function (name) {
    var created = null;
    this._ctx.queue.push(function () {
      if (findSheet(name))
        throw OfficeError(
          "ItemAlreadyExists",
          "A resource with the same name or identifier already exists."
        );
      created = newSheet(name);
      book.sheets.push(created);
      book.log.push("add " + name);
    });
    return new WorksheetProxy(this._ctx, function () {
      if (!created) throw OfficeError("ItemNotFound", "The sheet was not added.");
      return created;
    });
  };
  WorksheetsProxy.prototype.getItem = function (keyOrName) {
    return new WorksheetProxy(this._ctx, function () {
      var s = findSheet(keyOrName);
      if (!s) throw OfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return s;
    });
  };
  WorksheetsProxy.prototype.getActiveWorksheet = function () {
    return new WorksheetProxy(this._ctx, function () {
      return sheetById(book.activeId);
    });
  };

  function WorksheetProxy(ctx, resolve) {
    this._ctx = ctx;
    this._resolve = resolve;
    var self = this;
    loadable(this, ["name", "id", "position"], {});
    // Manual page breaks (ExcelApi 1.9): the row of each range's top-left cell, on the sheet.
    this.horizontalPageBreaks = {
      add: function (range) {
        ctx.queue.push(function () {
          var sheet = self._resolve();
          (sheet.rowBreaks = sheet.rowBreaks || []).push(range._resolve().rect.row);
        });
      },
    };
    this.verticalPageBreaks = {
      add: function (range) {
        ctx.queue.push(function () {
          var sheet = self._resolve();
          (sheet.colBreaks = sheet.colBreaks || []).push(range._resolve().rect.col);
        });
      },
    };
    // Page layout (orientation, zoom): recorded on the sheet as Excel would keep it.
    this.pageLayout = {};
    ["orientation", "zoom"].forEach(function (prop) {
      Object.defineProperty(self.pageLayout, prop, {
        enumerable: true,
        set: function (v) {
          ctx.queue.push(function () {
            var sheet = self._resolve();
            sheet.pageLayout = sheet.pageLayout || {};
            sheet.pageLayout[prop] = v;
          });
        },
      });
    });
    this.freezePanes = {
      freezeAt: function (range) {
        ctx.queue.push(function () {
          var t = range._resolve();
          self._resolve().freeze = {
            rows: t.rect.row + t.rect.rows,
            columns: t.rect.col + t.rect.cols,
          };
        });
      },
      freezeRows: function (n) {
        ctx.queue.push(function () {
          self._resolve().freeze = { rows: n, columns: 0 };
        });
      },
      freezeColumns: function (n) {
        ctx.queue.push(function () {
          self._resolve().freeze = { rows: 0, columns: n };
        });
      },
    };
    this.charts = {
      add: function (type, source, seriesBy) {
        var chart = {
          type: type,
          seriesBy: seriesBy,
          source: null,
          categories: null,
          title: null,
          legendVisible: true,
          reversed: false,
          pointColors: [],
          position: null,
        };
        ctx.queue.push(function () {
          var s = source._resolve();
          chart.source = addressOf(s.sheet, s.rect);
          self._resolve().charts.push(chart);
        });
        return chartProxy(ctx, chart);
      },
    };
  }
  WorksheetProxy.prototype.load = function (what) {
    var self = this;
    return queueLoad(this, what, function (p) {
      return self._resolve()[p];
    });
  };
  WorksheetProxy.prototype.activate = function () {
    var self = this;
    this._ctx.queue.push(function () {
      book.activeId = self._resolve().id;
    });
  };
  WorksheetProxy.prototype.delete = function () {
    var self = this;
    this._ctx.queue.push(function () {
      var s = self._resolve();
      book.sheets = book.sheets.filter(function (x) {
        return x !== s;
      });
      book.log.push("delete " + s.name);
      if (book.activeId === s.id) book.activeId = book.sheets[0].id;
    });
  };
  WorksheetProxy.prototype.getRangeByIndexes = function (row, col, rows, cols) {
    var self = this;
    return new RangeProxy(this._ctx, function () {
      return { sheet: self._resolve(), rect: { row: row, col: col, rows: rows, cols: cols } };
    });
  };
  WorksheetProxy.prototype.getRange = function (address) {
    var self = this;
    return new RangeProxy(this._ctx, function () {
      return { sheet: self._resolve(), rect: parseA1(address) };
    });
  };
  WorksheetProxy.prototype.getUsedRangeOrNullObject = function () {
    var self = this;
    var proxy = new RangeProxy(this._ctx, function () {
      var s = self._resolve();
      var r0 = Infinity,
        c0 = Infinity,
        r1 = -1,
        c1 = -1;
      s.cells.forEach(function (cell, k) {
        if (cell.value === "" && cell.formula === null) return;
        var rc = k.split(",").map(Number);
        r0 = Math.min(r0, rc[0]);
        c0 = Math.min(c0, rc[1]);
        r1 = Math.max(r1, rc[0]);
        c1 = Math.max(c1, rc[1]);
      });
      return r1 < 0
        ? null
        : { sheet: s, rect: { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
    });
    proxy._nullable = true;
    return proxy;
  };

  function chartProxy(ctx, chart) {
    function later(f) {
      ctx.queue.push(f);
    }
    function setter(target, name) {
      return function (v) {
        later(function () {
          target[name] = v;
        });
      };
    }
    // Series as Excel keeps them: the one the chart was made with, then those added.
    chart.series = [];
    chart.axisTitles = { category: null, value: null };
    function seriesProxy(entry) {
      return {
        set name(v) {
          setter(entry, "name")(v);
        },
        set chartType(v) {
          setter(entry, "chartType")(v);
        },
        set markerStyle(v) {
          setter(entry, "markerStyle")(v);
        },
        set markerBackgroundColor(v) {
          setter(entry, "color")(v);
        },
        set markerForegroundColor(v) {
          setter(entry, "color")(v);
        },
        set gapWidth(v) {
          setter(entry, "gapWidth")(v);
        },
        format: {
          // The robustness whisker chart: an invisible base series, a coloured span.
          fill: {
            clear: function () {
              setter(entry, "fill")("none");
            },
            setSolidColor: function (c) {
              setter(entry, "fill")(c);
            },
          },
          line: {
            set color(v) {
              setter(entry, "color")(v);
            },
            set lineStyle(v) {
              setter(entry, "lineStyle")(v);
            },
          },
        },
        setXAxisValues: function (range) {
          later(function () {
            var t = range._resolve();
            entry.x = addressOf(t.sheet, t.rect);
            if (chart.categories === null) chart.categories = entry.x;
          });
        },
        setValues: function (range) {
          later(function () {
            var t = range._resolve();
            entry.y = addressOf(t.sheet, t.rect);
          });
        },
        points: {
          getItemAt: function (i) {
            return {
              format: {
                fill: {
                  setSolidColor: function (c) {
                    later(function () {
                      chart.pointColors[i] = c;
                    });
                  },
                },
              },
              set hasDataLabel(v) {
                later(function () {
                  entry.labels[i] = entry.labels[i] || { formula: null };
                  entry.labels[i].shown = v;
                });
              },
              dataLabel: {
                set formula(f) {
                  later(function () {
                    entry.labels[i] = entry.labels[i] || { shown: false };
                    entry.labels[i].formula = f;
                  });
                },
                set position(p) {
                  later(function () {
                    entry.labels[i] = entry.labels[i] || { shown: false };
                    entry.labels[i].position = p;
                  });
                },
              },
            };
          },
        },
      };
    }
    function newSeries(name) {
      var entry = { name: name || null, x: null, y: null, chartType: null, labels: [] };
      later(function () {
        chart.series.push(entry);
      });
      return entry;
    }
    var firstSeries = newSeries(null);
    return {
      title: {
        set text(t) {
          later(function () {
            chart.title = t;
          });
        },
      },
      legend: {
        set visible(v) {
          later(function () {
            chart.legendVisible = v;
          });
        },
        set position(v) {
          setter(chart, "legendPosition")(v);
        },
        legendEntries: {
          getItemAt: function (i) {
            return {
              set visible(v) {
                later(function () {
                  chart.hiddenLegendEntries = (chart.hiddenLegendEntries || []).concat(
                    v ? [] : [i]
                  );
                });
              },
            };
          },
        },
      },
      axes: {
        categoryAxis: {
          set reversePlotOrder(v) {
            later(function () {
              chart.reversed = v;
            });
          },
          title: {
            set text(v) {
              setter(chart.axisTitles, "category")(v);
            },
          },
        },
        valueAxis: {
          set reversePlotOrder(v) {
            setter(chart, "valueReversed")(v);
          },
          title: {
            set text(v) {
              setter(chart.axisTitles, "value")(v);
            },
          },
        },
      },
      series: {
        getItemAt: function (i) {
          if (i !== 0) throw new Error("the stand-in keeps only series 0 by index");
          return seriesProxy(firstSeries);
        },
        add: function (name) {
          return seriesProxy(newSeries(name));
        },
      },
      setPosition: function (start, end) {
        later(function () {
          chart.position = [start, end];
        });
      },
    };
  }

  function RangeProxy(ctx, resolve) {
    this._ctx = ctx;
    var self = this;
    var nullChecked = function () {
      var t = resolve();
      if (!t) throw OfficeError("ItemNotFound", "The range is a null object.");
      return t;
    };
    this._resolve = nullChecked;
    this._resolveRaw = resolve;
    Object.defineProperty(this, "isNullObject", {
      get: function () {
        if (!("isNullObject" in self._loaded))
          throw OfficeError("PropertyNotLoaded", "Sync before reading isNullObject.");
        return self._loaded.isNullObject;
      },
    });
    loadable(
      this,
      [
        "values",
        "formulas",
        "formulasR1C1",
        "numberFormat",
        "address",
        "rowIndex",
        "columnIndex",
        "rowCount",
        "columnCount",
      ],
      {
        values: function (matrix) {
          var t = nullChecked();
          checkShape(t.rect, matrix, "values");
          failIfAsked(t.sheet, "values");
          matrix.forEach(function (row, i) {
            row.forEach(function (v, j) {
              var r = t.rect.row + i,
                c = t.rect.col + j;
              setCell(t.sheet, r, c, typed(v, getCell(t.sheet, r, c).numberFormat));
            });
          });
        },
        formulas: function (matrix) {
          var t = nullChecked();
          checkShape(t.rect, matrix, "formulas");
          failIfAsked(t.sheet, "formulas");
          matrix.forEach(function (row, i) {
            row.forEach(function (f, j) {
              var isFormula = typeof f === "string" && f.charAt(0) === "=";
              setCell(
                t.sheet,
                t.rect.row + i,
                t.rect.col + j,
                isFormula ? { value: "", formula: f } : { value: f, formula: null }
              );
            });
          });
        },
        // Like Excel: one R1C1 string fills every cell of the range, each relative to its cell.
        formulasR1C1: function (input) {
          var t = nullChecked();
          failIfAsked(t.sheet, "formulas");
          for (var i = 0; i < t.rect.rows; i++)
            for (var j = 0; j < t.rect.cols; j++) {
              var f = typeof input === "string" ? input : input[i][j];
              var r = t.rect.row + i,
                c = t.rect.col + j;
              setCell(t.sheet, r, c, { value: "", formula: r1c1ToA1(f, r, c) });
            }
        },
        numberFormat: function (matrix) {
          var t = nullChecked();
          // Like Excel ("single input copy"): one value, not a 2-D array, formats every cell.
          if (typeof matrix === "string") {
            for (var i = 0; i < t.rect.rows; i++)
              for (var j = 0; j < t.rect.cols; j++)
                setCell(t.sheet, t.rect.row + i, t.rect.col + j, { numberFormat: matrix });
            return;
          }
          checkShape(t.rect, matrix, "numberFormat");
          matrix.forEach(function (row, i) {
            row.forEach(function (f, j) {
              setCell(t.sheet, t.rect.row + i, t.rect.col + j, { numberFormat: f });
            });
          });
        },
      }
    );
    this.format = formatProxy(ctx, nullChecked);
    this.conditionalFormats = {
      add: function (type) {
        var rule = { type: type, range: null, formula: null, fill: null, fontColor: null };
        ctx.queue.push(function () {
          var t = nullChecked();
          rule.range = addressOf(t.sheet, t.rect);
          t.sheet.conditional.push(rule);
        });
        return {
          custom: {
            rule: {
              set formula(f) {
                ctx.queue.push(function () {
                  rule.formula = f;
                });
              },
            },
            format: {
              fill: {
                set color(c) {
                  ctx.queue.push(function () {
                    rule.fill = c;
                  });
                },
              },
              font: {
                set color(c) {
                  ctx.queue.push(function () {
                    rule.fontColor = c;
                  });
                },
              },
            },
          },
        };
      },
    };
  }
  RangeProxy.prototype.load = function (what) {
    var self = this;
    var props = Array.isArray(what) ? what : String(what || "").split(",");
    this._ctx.queue.push(function () {
      var t = self._resolveRaw();
      self._loaded.isNullObject = !t;
      if (!t) return;
      props
        .map(function (p) {
          return p.trim();
        })
        .filter(Boolean)
        .forEach(function (p) {
          self._loaded[p] = readRange(t, p);
        });
    });
    return this;
  };
  RangeProxy.prototype.select = function () {
    var self = this;
    this._ctx.queue.push(function () {
      var t = self._resolve();
      book.activeId = t.sheet.id;
      book.selection = Object.assign({}, t.rect);
    });
  };
  RangeProxy.prototype.merge = function () {
    var self = this;
    this._ctx.queue.push(function () {
      var t = self._resolve();
      t.sheet.merges.push(addressOf(t.sheet, t.rect));
    });
  };

  function readRange(t, p) {
    var rect = t.rect;
    function matrix(f) {
      var out = [];
      for (var i = 0; i < rect.rows; i++) {
        var row = [];
        for (var j = 0; j < rect.cols; j++)
          row.push(f(getCell(t.sheet, rect.row + i, rect.col + j)));
        out.push(row);
      }
      return out;
    }
    switch (p) {
      case "values":
        return matrix(function (c) {
          return c.value;
        });
      case "formulas":
        return matrix(function (c) {
          return c.formula !== null ? c.formula : c.value;
        });
      case "numberFormat":
        return matrix(function (c) {
          return c.numberFormat;
        });
      case "address":
        return addressOf(t.sheet, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      default:
        throw OfficeError("InvalidArgument", "The stand-in does not load '" + p + "'.");
    }
  }

  function failIfAsked(sheet, what) {
    if (book.failWrites && book.sheets.indexOf(sheet) >= book.initialSheetCount) {
      throw OfficeError(
        "GeneralException",
        // Excel words its messages in Office's language; so does the stand-in.
        /^ru/.test(setup.displayLanguage || "")
          ? "Произошла внутренняя ошибка при записи (сценарий сбоя)."
          : "An internal error has occurred while writing " + what + " (scripted failure)."
      );
    }
  }

  function formatProxy(ctx, resolve) {
    function record(prop) {
      return function (v) {
        ctx.queue.push(function () {
          var t = resolve();
          t.sheet.formats.push({ range: addressOf(t.sheet, t.rect), prop: prop, value: v });
          if (prop === "columnWidth") t.sheet.widths[colLetters(t.rect.col)] = v;
        });
      };
    }
    function setters(obj, props, prefix) {
      props.forEach(function (p) {
        Object.defineProperty(obj, p, { set: record(prefix + p), enumerable: true });
      });
      return obj;
    }
    var format = setters({}, ["columnWidth", "rowHeight", "horizontalAlignment", "wrapText"], "");
    format.font = setters({}, ["bold", "italic", "color", "size"], "font.");
    format.fill = setters({}, ["color"], "fill.");
    format.borders = {
      getItem: function (edge) {
        return setters({}, ["style", "color"], "border." + edge + ".");
      },
    };
    return format;
  }

  // ---- globals -------------------------------------------------------------------------------

  window.Excel = {
    // Excel.run(batch) or Excel.run(options, batch), as Office.js takes them.
    run: function (first, second) {
      var batch = typeof first === "function" ? first : second;
      book.runs.push(typeof first === "function" ? null : first);
      var ctx = new Context();
      return Promise.resolve()
        .then(function () {
          return batch(ctx);
        })
        .then(function (result) {
          // Excel.run sends what is still queued when the batch returns.
          return ctx.queue.length
            ? ctx.sync().then(function () {
                return result;
              })
            : result;
        });
    },
  };

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    StartupBehavior: { load: "Load", none: "None" },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    addin: {
      setStartupBehavior: function (behavior) {
        book.startupBehavior = behavior;
        return Promise.resolve();
      },
    },
    context: {
      // Office's display language; the test sets it to try the pane in Russian.
      displayLanguage: setup.displayLanguage || "en-US",
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
    },
  };

  function CFError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function (id) {
      book.log.push("associate " + id);
    },
    Error: CFError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };

  // ---- test hooks ----------------------------------------------------------------------------

  book.initialSheetCount = book.sheets.length;
  window.__standin = {
    /** Makes a sheet active and selects an A1 range on it, as the user would. */
    select: function (sheetName, address) {
      var s = findSheet(sheetName);
      if (!s) throw new Error("no sheet " + sheetName);
      book.activeId = s.id;
      book.selection = parseA1(address);
    },
    /** Puts a value into one cell, as the user would type it ("" empties it). */
    type: function (sheetName, address, value) {
      var s = findSheet(sheetName);
      if (!s) throw new Error("no sheet " + sheetName);
      var at = parseA1(address);
      setCell(s, at.row, at.col, { value: value, formula: null });
    },
    /** Writes into sheets added after the page loaded fail at sync, to test the clean-up. */
    failWrites: function (on) {
      book.failWrites = !!on;
    },
    state: function () {
      return {
        sheets: book.sheets.map(function (s) {
          return s.name;
        }),
        active: sheetById(book.activeId).name,
        selection: addressOf(sheetById(book.activeId), book.selection),
        syncs: book.syncs,
        startupBehavior: book.startupBehavior,
        log: book.log.slice(),
      };
    },
    /** Every non-empty cell of a sheet, and what else was set on it. */
    dump: function (sheetName) {
      var s = findSheet(sheetName);
      if (!s) return null;
      var cells = [];
      s.cells.forEach(function (cell, k) {
        var rc = k.split(",").map(Number);
        cells.push({
          row: rc[0],
          col: rc[1],
          value: cell.value,
          formula: cell.formula,
          numberFormat: cell.numberFormat,
        });
      });
      cells.sort(function (a, b) {
        return a.row - b.row || a.col - b.col;
      });
      return {
        name: s.name,
        cells: cells,
        formats: s.formats.length,
        merges: s.merges,
        widths: s.widths,
        freeze: s.freeze,
        charts: s.charts,
        conditional: s.conditional,
      };
    },
  };
})();
