// editor.js: what vitrine adds to Decap CMS at /admin/.
//
// - The preview pane links the theme's stylesheets, so that an entry looks
//   as it will on the site.
// - vitrine-text: a text of vitrine is a mapping of languages to strings
//   ({fr: …, en: …}) or one string for every language (proper names). The
//   widget shows one input per language in both cases; a single string
//   stays as it is until someone edits it, and then becomes a mapping.
// - vitrine-institutions: a relation to institutions that keeps the
//   institutions written inline in the file (a mapping such as
//   {name: …, country: BE}) where they are, and names them under the field.
//
// The page that loads this script gives it, as data attributes, the
// stylesheets (data-preview), the site's languages (data-languages) and the
// sentence about inline institutions in the editor's language (data-inline).
(function () {
  "use strict";
  var me = document.currentScript;
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  if (!CMS || !h || !createClass) {
    return;
  }
  var split = function (s) {
    return (s || "").split(" ").filter(function (x) { return x !== ""; });
  };
  var langs = split(me.dataset.languages);
  var inlineNote = me.dataset.inline || "%s";

  split(me.dataset.preview).forEach(function (href) {
    CMS.registerPreviewStyle(href);
  });

  // Immutable.js values, told apart without the library itself.
  var isList = function (v) {
    return v != null && typeof v === "object" && typeof v.push === "function" && typeof v.toArray === "function";
  };
  var isMap = function (v) {
    return v != null && typeof v === "object" && typeof v.set === "function" && !isList(v);
  };

  var ObjectControl = CMS.getWidget("object").control;
  var TextControl = createClass({
    value: function () {
      var v = this.props.value;
      if (typeof v !== "string") {
        return v;
      }
      var m = this.props.field.clear(); // an empty Immutable Map
      langs.forEach(function (code) {
        m = m.set(code, v);
      });
      return m;
    },
    onChangeObject: function (field, next) {
      var v = this.value();
      if (!isMap(v)) {
        v = this.props.field.clear();
      }
      this.props.onChange(v.set(field.get("name"), next));
    },
    render: function () {
      var props = Object.assign({}, this.props, { value: this.value(), onChangeObject: this.onChangeObject });
      return h(ObjectControl, props);
    },
  });
  var TextPreview = createClass({
    render: function () {
      var v = this.props.value;
      if (v == null || v === "") {
        return null;
      }
      if (typeof v === "string") {
        return h("p", null, v);
      }
      var items = [];
      langs.forEach(function (code) {
        var s = v.get(code);
        if (s) {
          items.push(h("div", { key: code, lang: code }, h("small", null, code.toUpperCase()), " ", s));
        }
      });
      return h("div", null, items);
    },
  });
  CMS.registerWidget("vitrine-text", TextControl, TextPreview);

  var RelationControl = CMS.getWidget("relation").control;
  var RelationPreview = CMS.getWidget("relation").preview;
  var placeName = function (m) {
    var n = m.get("name");
    if (isMap(n)) {
      n = n.get(langs[0]) || n.first();
    }
    return String(n || "?");
  };
  var InstitutionsControl = createClass({
    parts: function () {
      var v = this.props.value;
      if (isList(v)) {
        return {
          ids: v.filter(function (x) { return typeof x === "string"; }),
          inline: v.filter(function (x) { return typeof x !== "string"; }).toArray(),
        };
      }
      if (isMap(v)) {
        return { ids: null, inline: [v] };
      }
      return { ids: v, inline: [] };
    },
    onChange: function (next, meta) {
      var v = this.props.value;
      if (!isList(v) || !isList(next)) {
        this.props.onChange(next, meta);
        return;
      }
      // Put the chosen ids back in the places of the old ones, around
      // the inline institutions.
      var queue = next.toArray();
      var out = [];
      v.forEach(function (x) {
        if (typeof x !== "string") {
          out.push(x);
        } else if (queue.length > 0) {
          out.push(queue.shift());
        }
      });
      this.props.onChange(v.clear().concat(out, queue), meta);
    },
    render: function () {
      var p = this.parts();
      var props = Object.assign({}, this.props, { value: p.ids, onChange: this.onChange });
      var kids = [h(RelationControl, Object.assign({ key: "relation" }, props))];
      if (p.inline.length > 0) {
        kids.push(h("p", { key: "inline", className: "vitrine-inline" }, inlineNote.replace("%s", p.inline.map(placeName).join(", "))));
      }
      return h("div", null, kids);
    },
  });
  CMS.registerWidget("vitrine-institutions", InstitutionsControl, RelationPreview);
})();
