//! The workspace's module rules, checked from the source text (a unit test of xtask
//! runs them in `cargo xtask test`'s unit step):
//!
//! - **No import circles** between sibling modules. Every `crate::…`, `super::…` or
//!   `self::…` path in a file is an edge from the file's module to the module it
//!   names. For each module, its children are compared as whole subtrees: child `x`
//!   depends on child `y` when anything under `x` names anything under `y`, and no
//!   children may depend on each other in a circle (`routes` → `billing` →
//!   `routes::emit` is one, even though `routes/mod.rs` is not the file that names
//!   `billing`). A module and its own children may name each other (a `mod.rs`
//!   declares and re-exports its children, which use what it defines).
//! - **No page imports another page** (`portal-ui`): a module under `pages::X` never
//!   names `pages::Y`; what pages share lives outside `pages` (components).
//! - **Forbidden dependencies** ([`Forbidden`]): `api`'s `domain` names nothing outside
//!   itself (no axum, no sqlx, no store, billing or routes), and `billing` and `store`
//!   never name `routes` (handlers call down into them, never the other way round).
//! - **No source file over [`MAX_LINES`]** unless it is data (tables, texts), listed in
//!   [`Rules::data_files`].
//!
//! Today's violations are listed in `xtask/layering-baseline.txt`. The check fails on
//! a violation that is not listed (a new circle, page import or long file) and on a
//! listed one that is gone, so the list can only shrink and says what is left to fix.
//!
//! The parser is deliberately small: it strips comments and string literals, then
//! reads every path of two or more segments, including `use` trees with braces, and
//! follows inline `mod name { … }` blocks so `super` resolves from where it is written.
//! A `crate` path resolves to the longest module prefix that is a file of the crate.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt, fs,
    path::{Path, PathBuf},
};

/// Longest source file (in lines) that is not data.
pub const MAX_LINES: usize = 600;

/// What is checked in one crate.
pub struct Rules {
    /// Shown in violations, e.g. `portal-ui`.
    pub name: &'static str,
    /// The crate's `src` directory, relative to the workspace root.
    pub src: &'static str,
    /// Modules whose children must not name each other (`crate::pages`).
    pub isolated_children_of: &'static [&'static str],
    /// Files (relative to `src`) that are data and may be long; `*/name.rs` is every
    /// `name.rs` in any directory (a page's `texts.rs`).
    pub data_files: &'static [&'static str],
    /// Paths some modules must not name.
    pub forbidden: &'static [Forbidden],
}

/// Modules under `within` must not name a path starting with one of `names` (a
/// `crate::…` module or an external crate such as `sqlx`), unless it also starts with
/// one of `except`.
pub struct Forbidden {
    pub within: &'static str,
    pub names: &'static [&'static str],
    pub except: &'static [&'static str],
}

/// The crates whose layering is checked.
pub const CRATES: &[Rules] = &[
    Rules {
        name: "api",
        src: "api/src",
        isolated_children_of: &[],
        data_files: &[],
        forbidden: &[
            // The domain is plain Rust: rules and types, no framework, no I/O.
            Forbidden {
                within: "crate::domain",
                names: &["crate", "axum", "sqlx", "tokio", "reqwest"],
                except: &["crate::domain"],
            },
            Forbidden {
                within: "crate::billing",
                names: &["crate::routes"],
                except: &[],
            },
            Forbidden {
                within: "crate::store",
                names: &["crate::routes"],
                except: &[],
            },
        ],
    },
    Rules {
        name: "shared",
        src: "shared/src",
        isolated_children_of: &[],
        // ISO 3166 country rules and ISO 4217 tables.
        data_files: &["address.rs", "address/data.rs"],
        forbidden: &[],
    },
    Rules {
        name: "texts",
        src: "texts/src",
        isolated_children_of: &[],
        data_files: &[],
        forbidden: &[],
    },
    Rules {
        name: "portal-ui",
        src: "portal-ui/src",
        isolated_children_of: &["crate::pages"],
        // Each page's (and shared component's) `catalog!` of texts in every locale.
        data_files: &["*/texts.rs"],
        forbidden: &[],
    },
];

/// A rule broken in one crate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Violation {
    /// Children of `parent` whose subtrees all reach each other, sorted.
    Circle {
        krate: String,
        parent: String,
        children: Vec<String>,
    },
    /// `from` (under an isolated parent) names its sibling `to`.
    SiblingImport { krate: String, from: String, to: String },
    /// `from` names `path`, which a [`Forbidden`] rule keeps from it.
    ForbiddenPath { krate: String, from: String, path: String },
    /// A source file that is not data and is longer than [`MAX_LINES`].
    LongFile { krate: String, file: String, lines: usize },
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Circle {
                krate,
                parent,
                children,
            } => {
                write!(f, "{krate}: circle in {parent}: {}", children.join(" "))
            }
            Self::SiblingImport { krate, from, to } => write!(f, "{krate}: page imports page: {from} -> {to}"),
            Self::ForbiddenPath { krate, from, path } => write!(f, "{krate}: forbidden: {from} -> {path}"),
            // The line count is left out so that a long file shrinking (or growing)
            // does not churn the baseline; only crossing the limit does.
            Self::LongFile { krate, file, .. } => write!(f, "{krate}: long file: {file}"),
        }
    }
}

/// Every violation of `rules` in the crate under `root`.
pub fn check(root: &Path, rules: &Rules) -> std::io::Result<Vec<Violation>> {
    let src = root.join(rules.src);
    let files = source_files(&src)?;
    let modules: BTreeMap<String, PathBuf> = files.iter().map(|f| (module_of(&src, f), f.clone())).collect();
    let mut violations = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = fs::read_to_string(file)?;
        let relative = file
            .strip_prefix(&src)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let lines = text.lines().count();
        if lines > MAX_LINES && !rules.data_files.iter().any(|pattern| is_data(pattern, &relative)) {
            violations.push(Violation::LongFile {
                krate: rules.name.to_owned(),
                file: relative,
                lines,
            });
        }
        for (inline, path) in paths_named(&strip_comments_and_strings(&text)) {
            let here = std::iter::once(module.clone())
                .chain(inline)
                .collect::<Vec<_>>()
                .join("::");
            let Some(absolute) = absolute_path(&here, &path) else {
                continue;
            };
            if let Some(path) = forbidden(rules, module, &absolute) {
                violations.push(Violation::ForbiddenPath {
                    krate: rules.name.to_owned(),
                    from: module.clone(),
                    path,
                });
            }
            if absolute.first().is_none_or(|first| first != "crate") {
                continue;
            }
            let Some(target) = longest_module(&modules, &absolute) else {
                continue;
            };
            if target == *module || is_descendant(&target, module) {
                continue;
            }
            edges.entry(module.clone()).or_default().insert(target);
        }
    }
    let parents: BTreeSet<&str> = modules
        .keys()
        .filter_map(|m| m.rsplit_once("::").map(|(p, _)| p))
        .collect();
    for parent in parents {
        let siblings = sibling_edges(parent, &edges);
        if rules.isolated_children_of.contains(&parent) {
            for (from, targets) in &siblings {
                for to in targets {
                    violations.push(Violation::SiblingImport {
                        krate: rules.name.to_owned(),
                        from: format!("{parent}::{from}"),
                        to: format!("{parent}::{to}"),
                    });
                }
            }
        }
        for component in strongly_connected(&siblings) {
            if component.len() > 1 {
                violations.push(Violation::Circle {
                    krate: rules.name.to_owned(),
                    parent: parent.to_owned(),
                    children: component,
                });
            }
        }
    }
    violations.sort();
    Ok(violations)
}

/// Whether the file at `relative` (to `src`, with `/`) is data by `pattern`: the same
/// path, or, for `*/name.rs`, a `name.rs` in any directory below `src`.
fn is_data(pattern: &str, relative: &str) -> bool {
    match pattern.strip_prefix("*/") {
        Some(name) => relative.strip_suffix(name).is_some_and(|dir| dir.ends_with('/')),
        None => pattern == relative,
    }
}

fn source_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// `src/a/b.rs` and `src/a/b/mod.rs` → `crate::a::b`; `src/lib.rs` → `crate`.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if !matches!(stem, "mod" | "lib" | "main") {
            parts.push(stem.to_owned());
        }
    }
    std::iter::once("crate".to_owned())
        .chain(parts)
        .collect::<Vec<_>>()
        .join("::")
}

fn is_descendant(module: &str, ancestor: &str) -> bool {
    module.len() > ancestor.len() && module.starts_with(ancestor) && module[ancestor.len()..].starts_with("::")
}

/// The child of `parent` that `module` is or lies under.
fn child_of<'a>(parent: &str, module: &'a str) -> Option<&'a str> {
    if !is_descendant(module, parent) {
        return None;
    }
    let rest = &module[parent.len() + 2..];
    Some(rest.split("::").next().unwrap_or(rest))
}

/// The edges between `parent`'s children: child `x` → child `y` when anything in
/// `x`'s subtree names anything in `y`'s.
fn sibling_edges(parent: &str, edges: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, targets) in edges {
        let Some(from_child) = child_of(parent, from) else {
            continue;
        };
        for to in targets {
            if let Some(to_child) = child_of(parent, to)
                && to_child != from_child
            {
                out.entry(from_child.to_owned())
                    .or_default()
                    .insert(to_child.to_owned());
            }
        }
    }
    out
}

/// Blanks out comments and string/char literals, keeping line structure.
fn strip_comments_and_strings(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(text.len(), |n| i + n);
            i = end;
        } else if let Some(body) = rest.strip_prefix("/*") {
            let end = body.find("*/").map_or(text.len(), |n| i + 2 + n + 2);
            i = end;
            out.push(' ');
        } else if let Some(hashes) = raw_string_start(rest) {
            let closing = format!("\"{}", "#".repeat(hashes));
            let open_len = 2 + hashes + usize::from(rest.starts_with("br"));
            let body = &rest[open_len..];
            i += open_len + body.find(&closing).map_or(body.len(), |n| n + closing.len());
            out.push_str("\"\"");
        } else if bytes[i] == b'"' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if bytes[i] == b'\'' && char_literal_len(rest).is_some() {
            i += char_literal_len(rest).unwrap_or(1);
            out.push_str("' '");
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `r"`, `r#"`, `br##"` …: the number of `#`.
fn raw_string_start(rest: &str) -> Option<usize> {
    let after_r = rest.strip_prefix("br").or_else(|| rest.strip_prefix('r'))?;
    let hashes = after_r.bytes().take_while(|b| *b == b'#').count();
    after_r[hashes..].starts_with('"').then_some(hashes)
}

/// The length of a char literal starting at `rest` (`'a'`, `'\n'`, `'\u{1F600}'`),
/// or `None` for a lifetime (`'a`).
fn char_literal_len(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices().skip(1);
    let (_, first) = chars.next()?;
    if first == '\\' {
        let close = rest[2..].find('\'')?;
        return Some(2 + close + 1);
    }
    let (at, next) = chars.next()?;
    (next == '\'').then_some(at + 1)
}

/// Every path of two segments or more (`crate::a`, `super::b`, `sqlx::Error`), with the
/// inline modules it is written in, and `use` trees expanded:
/// `use crate::{a::{b, c}, d}` gives `crate::a::b`, `crate::a::c`, `crate::d`.
fn paths_named(code: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let tokens = tokenize(code);
    let mut out = Vec::new();
    // Inline modules (`mod tests { … }`) open at a brace depth; `super` inside one
    // starts from it, not from the file's module.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0_usize;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        let starts =
            is_ident(token) && tokens.get(i + 1).is_some_and(|t| t == "::") && (i == 0 || tokens[i - 1] != "::");
        if starts {
            let mut paths = Vec::new();
            i = expand(&tokens, i, Vec::new(), &mut paths);
            let within: Vec<String> = inline.iter().map(|(name, _)| name.clone()).collect();
            out.extend(paths.into_iter().map(|path| (within.clone(), path)));
            continue;
        }
        match token {
            "mod" if tokens.get(i + 2).is_some_and(|t| t == "{") => {
                inline.push((tokens[i + 1].clone(), depth));
                depth += 1;
                i += 3;
                continue;
            }
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, at)| *at == depth) {
                    inline.pop();
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Reads the path (or use tree) at `tokens[i]`, appending complete paths to `out`.
/// Returns the index after it.
fn expand(tokens: &[String], mut i: usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    loop {
        match tokens.get(i).map(String::as_str) {
            Some("{") => {
                i += 1;
                loop {
                    match tokens.get(i).map(String::as_str) {
                        Some("}") => return i + 1,
                        Some(",") => i += 1,
                        None => return i,
                        Some(_) => i = expand(tokens, i, prefix.clone(), out),
                    }
                }
            }
            Some(t) if is_ident(t) => {
                prefix.push(t.to_owned());
                i += 1;
                if tokens.get(i).is_some_and(|t| t == "::") {
                    i += 1;
                    continue;
                }
                // `as alias`
                if tokens.get(i).is_some_and(|t| t == "as") {
                    i += 2;
                }
                out.push(prefix);
                return i;
            }
            Some("*") => {
                out.push(prefix);
                return i + 1;
            }
            _ => {
                if !prefix.is_empty() {
                    out.push(prefix);
                }
                return i;
            }
        }
    }
}

fn is_ident(token: &str) -> bool {
    token.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Identifiers, `::` and single punctuation characters.
fn tokenize(code: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut chars = code.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                if next.is_alphanumeric() || next == '_' {
                    end = next_at + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(code[at..end].to_owned());
        } else if c == ':' && chars.peek().is_some_and(|&(_, n)| n == ':') {
            chars.next();
            tokens.push("::".to_owned());
        } else if !c.is_whitespace() {
            tokens.push(c.to_string());
        }
    }
    tokens
}

/// `path` as a path from `crate` when it starts with `crate`, `super` or `self`; any
/// other path as written.
fn absolute_path(module: &str, path: &[String]) -> Option<Vec<String>> {
    let mut here: Vec<String> = module.split("::").map(str::to_owned).collect();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            here = vec!["crate".to_owned()];
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().is_some_and(|p| p == "super") {
                here.pop()?;
                rest = &rest[1..];
            }
        }
        // Another crate (`sqlx::Error`) or an item in scope (`Self::new`): as written.
        _ => return Some(path.to_vec()),
    }
    // A file `a.rs` and a directory `a/mod.rs` are both module `crate::a`, so `super`
    // from either is `crate`.
    here.extend(rest.iter().cloned());
    (!here.is_empty()).then_some(here)
}

/// The first [`Forbidden`] name `path` matches for a file of `module`, if any.
fn forbidden(rules: &Rules, module: &str, path: &[String]) -> Option<String> {
    let joined = path.join("::");
    let starts = |prefix: &str| joined == prefix || joined.starts_with(&format!("{prefix}::"));
    rules
        .forbidden
        .iter()
        .filter(|rule| module == rule.within || is_descendant(module, rule.within))
        .find(|rule| rule.names.iter().any(|n| starts(n)) && !rule.except.iter().any(|e| starts(e)))
        .map(|_| joined.clone())
}

fn longest_module(modules: &BTreeMap<String, PathBuf>, path: &[String]) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|candidate| modules.contains_key(candidate))
}

/// Tarjan's strongly connected components, each sorted.
fn strongly_connected(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        if let Some(targets) = s.edges.get(v) {
            for w in targets {
                let w = w.as_str();
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let low = s.low[v].min(s.low[w]);
                    s.low.insert(v, low);
                } else if s.on_stack.contains(w) {
                    let low = s.low[v].min(s.index[w]);
                    s.low.insert(v, low);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            component.sort();
            s.out.push(component);
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    let nodes: BTreeSet<&str> = edges
        .iter()
        .flat_map(|(from, to)| std::iter::once(from.as_str()).chain(to.iter().map(String::as_str)))
        .collect();
    for node in nodes {
        if !state.index.contains_key(node) {
            visit(&mut state, node);
        }
    }
    state.out
}

/// The baseline's lines (violations still to fix), without comments and blanks.
pub fn read_baseline(path: &Path) -> std::io::Result<BTreeSet<String>> {
    Ok(fs::read_to_string(path)?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failed unwrap is a failed test")]
mod tests {
    use super::*;

    fn graph(files: &[(&str, &str)]) -> (tempdir::Dir, Rules) {
        let dir = tempdir::Dir::new();
        for (path, text) in files {
            let file = dir.0.join("src").join(path);
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            fs::write(file, text).unwrap();
        }
        let rules = Rules {
            name: "t",
            src: "src",
            isolated_children_of: &["crate::pages"],
            data_files: &["table.rs", "*/texts.rs"],
            forbidden: &[Forbidden {
                within: "crate::domain",
                names: &["crate", "sqlx"],
                except: &["crate::domain"],
            }],
        };
        (dir, rules)
    }

    /// A throwaway directory under the system's temp dir, removed on drop.
    mod tempdir {
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Self {
                use std::sync::atomic::{AtomicUsize, Ordering};
                static N: AtomicUsize = AtomicUsize::new(0);
                let n = N.fetch_add(1, Ordering::Relaxed);
                let path = std::env::temp_dir().join(format!("paylera-layering-{}-{n}", std::process::id()));
                let _ = std::fs::remove_dir_all(&path);
                std::fs::create_dir_all(&path).unwrap();
                Self(path)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    fn violations(files: &[(&str, &str)]) -> Vec<String> {
        let (dir, rules) = graph(files);
        check(&dir.0, &rules).unwrap().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn two_modules_that_import_each_other_are_a_circle() {
        let found = violations(&[
            ("lib.rs", "mod a; mod b;"),
            ("a.rs", "use crate::b::B; pub struct A;"),
            ("b.rs", "use crate::{a::{A}, x}; pub struct B;"),
        ]);
        assert_eq!(found, ["t: circle in crate: a b"]);
    }

    #[test]
    fn a_parent_reexporting_its_children_is_not_a_circle() {
        let found = violations(&[
            ("lib.rs", "mod a;"),
            ("a/mod.rs", "mod b; pub use b::B; pub use self::b::C; pub struct A;"),
            ("a/b.rs", "use super::A; pub struct B; pub struct C;"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_circle_through_super_paths_is_found() {
        let found = violations(&[
            ("lib.rs", "mod a;"),
            ("a/mod.rs", "mod b; mod c;"),
            ("a/b.rs", "fn f() { super::c::g() }"),
            ("a/c.rs", "pub fn g() { super::b::f(); }"),
        ]);
        assert_eq!(found, ["t: circle in crate::a: b c"]);
    }

    #[test]
    fn paths_in_comments_and_strings_are_not_imports() {
        let found = violations(&[
            ("lib.rs", "mod a; mod b;"),
            ("a.rs", "use crate::b::B;"),
            (
                "b.rs",
                "// use crate::a;\n/* crate::a::A */ const S: &str = \"crate::a::A\"; const R: &str = r#\"crate::a\"#; fn l<'a>(x: &'a str) -> char { 'c' }",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_page_naming_another_page_is_reported() {
        let found = violations(&[
            ("lib.rs", "mod pages; mod components;"),
            ("components.rs", "pub struct Button;"),
            ("pages/mod.rs", "pub mod home; pub mod invoices;"),
            (
                "pages/home.rs",
                "use crate::pages::invoices::List; use crate::components::Button;",
            ),
            ("pages/invoices/mod.rs", "mod view; pub struct List;"),
            ("pages/invoices/view.rs", "use super::List;"),
        ]);
        assert_eq!(
            found,
            ["t: page imports page: crate::pages::home -> crate::pages::invoices"]
        );
    }

    #[test]
    fn a_circle_between_subtrees_is_found_whichever_files_close_it() {
        let found = violations(&[
            ("lib.rs", "mod routes; mod billing;"),
            ("routes/mod.rs", "mod subs; pub fn emit() {}"),
            ("routes/subs.rs", "use crate::billing::charge;"),
            ("billing.rs", "use crate::routes::emit; pub fn charge() {}"),
        ]);
        assert_eq!(found, ["t: circle in crate: billing routes"]);
    }

    #[test]
    fn a_confined_module_naming_a_framework_or_the_rest_of_the_crate_is_reported() {
        let found = violations(&[
            ("lib.rs", "mod domain; mod store;"),
            ("store.rs", "pub struct Row;"),
            ("domain/mod.rs", "mod money; #[cfg(test)] mod tests { use super::*; }"),
            (
                "domain/money.rs",
                "use super::Other; use crate::domain::Thing; fn f() -> sqlx::Result<()> { crate::store::Row; Ok(()) }",
            ),
        ]);
        assert_eq!(
            found,
            [
                "t: forbidden: crate::domain::money -> crate::store::Row",
                "t: forbidden: crate::domain::money -> sqlx::Result",
            ]
        );
    }

    #[test]
    fn long_files_are_reported_unless_they_are_data() {
        let long = "fn f() {}\n".repeat(MAX_LINES + 1);
        let found = violations(&[
            ("lib.rs", "mod code; mod table;"),
            ("code.rs", &long),
            ("table.rs", &long),
            ("pages/home/texts.rs", &long),
            ("texts.rs", &long),
        ]);
        assert_eq!(found, ["t: long file: code.rs", "t: long file: texts.rs"]);
    }

    #[test]
    fn a_pattern_names_a_data_file_in_every_directory() {
        assert!(is_data("*/texts.rs", "pages/home/texts.rs"));
        assert!(is_data("*/texts.rs", "components/layout/texts.rs"));
        assert!(!is_data("*/texts.rs", "texts.rs"), "only below a directory");
        assert!(!is_data("*/texts.rs", "pages/home/long_texts.rs"));
        assert!(!is_data("*/texts.rs", "pages/texts.rs/view.rs"));
        assert!(is_data("address/data.rs", "address/data.rs"));
        assert!(!is_data("address/data.rs", "other/address/data.rs"));
    }

    /// The real crates against `xtask/layering-baseline.txt`: no new violation, and
    /// none listed that is already fixed.
    #[test]
    fn the_workspace_keeps_its_layering() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let baseline_path = root.join("xtask/layering-baseline.txt");
        let baseline = read_baseline(&baseline_path).unwrap();
        let mut found = BTreeSet::new();
        for rules in CRATES {
            for violation in check(root, rules).unwrap() {
                found.insert(violation.to_string());
            }
        }
        let new: Vec<_> = found.difference(&baseline).collect();
        let fixed: Vec<_> = baseline.difference(&found).collect();
        assert!(
            new.is_empty() && fixed.is_empty(),
            "module layering changed ({}).\nnew violations (fix them):\n  {}\nfixed (remove them from the baseline):\n  {}",
            baseline_path.display(),
            new.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "),
            fixed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "),
        );
    }
}
