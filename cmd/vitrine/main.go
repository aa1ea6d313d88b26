// Command vitrine builds five-language showcase sites for international
// relations offices from Markdown pages and YAML catalogues.
//
// It turns flags into calls to package build and prints what comes back;
// nothing else lives here. Exit codes: 0 ok, 1 the site has errors, 2 bad usage.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

const usage = `vitrine builds five-language showcase sites from Markdown pages and YAML catalogues.

Usage:
  vitrine build  [-s DIR] [-o DIR] [--base-url URL] [--drafts] [--no-minify] [--strict] [--lang xx,yy] [--format text|github]
  vitrine serve  [-s DIR] [--addr 127.0.0.1:1313] [--lang xx] [--drafts]
  vitrine check  [-s DIR] [--strict] [--privacy-report] [--format text|json|github]
  vitrine i18n   [-s DIR] [--format text|json] [--min PERCENT]
  vitrine new    site [--blank [--lang fr,en]] DIR | programme|chair|network|alumni|institution|event ID | page PATH  [-s DIR]
  vitrine version
  vitrine help

Run "vitrine COMMAND -h" for a command's flags. Exit codes: 0 ok, 1 the site has errors, 2 bad usage.
`

// errUsage marks errors in the command line (exit code 2).
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "build":
		err = cmdBuild(ctx, args[1:], stdout, stderr)
	case "serve":
		err = cmdServe(ctx, args[1:], stdout, stderr)
	case "check":
		err = cmdCheck(ctx, args[1:], stdout, stderr)
	case "i18n":
		err = cmdI18n(ctx, args[1:], stdout, stderr)
	case "new":
		err = cmdNew(args[1:], stdout, stderr)
	case "version", "--version", "-v":
		if len(args) > 1 && (args[1] == "-h" || args[1] == "--help" || args[1] == "-help") {
			fmt.Fprint(stdout, "usage: vitrine version\n\nPrints vitrine's version, the commit it was built from, and the Go version.\n")
			return 0
		}
		info, _ := debug.ReadBuildInfo()
		fmt.Fprintln(stdout, versionLine(info))
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "vitrine: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		if err != errUsage {
			fmt.Fprintf(stderr, "vitrine: %v\n", err)
		}
		return 2
	case errors.Is(err, errSiteErrors):
		return 1
	default:
		fmt.Fprintf(stderr, "vitrine: %v\n", err)
		return 1
	}
}

// errSiteErrors means the input had errors, already printed.
var errSiteErrors = errors.New("the site has errors")

// versionLine says which vitrine this is, from what Go recorded in the
// binary: the module version (a release tag, or a pseudo-version for a
// commit, with go install …@VERSION), else "(devel)" for a build from a
// clone; the VCS revision, its time and whether the work tree had changes
// (go build and go install in a clone record them); and the Go version.
func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "vitrine (unknown version: built without module information)"
	}
	v := cmp.Or(info.Main.Version, "(devel)")
	var rev, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	line := "vitrine " + v
	if rev != "" {
		line += ", commit " + rev
		if at != "" {
			line += " of " + at
		}
		if modified {
			line += ", with uncommitted changes"
		}
	}
	return line + ", built with " + info.GoVersion
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// langList is a comma-separated --lang flag.
type langList []string

func (l *langList) String() string { return strings.Join(*l, ",") }
func (l *langList) Set(s string) error {
	for _, c := range strings.Split(s, ",") {
		if c = strings.TrimSpace(c); c != "" {
			*l = append(*l, c)
		}
	}
	return nil
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("vitrine "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

func cmdBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("build", stderr)
	src := fs.String("s", ".", "the site folder")
	out := fs.String("o", "", "the output folder (default: public/ in the site folder)")
	base := fs.String("base-url", "", "the base URL, overriding site.yaml (https://org.github.io/site/)")
	drafts := fs.Bool("drafts", false, "publish pages and entries marked draft")
	noMin := fs.Bool("no-minify", false, "do not minify HTML, CSS, JS, JSON, SVG and XML")
	strict := fs.Bool("strict", false, "treat warnings (missing translations, stale entries) as errors")
	var langs langList
	fs.Var(&langs, "lang", "build only these languages (comma-separated codes)")
	format := fs.String("format", "text", "how errors and warnings are printed: text, or github (annotations on a pull request's lines)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "github" {
		return usageErr("--format %q: expected text or github", *format)
	}
	*out = cmp.Or(*out, filepath.Join(*src, "public"))
	if info, err := os.Stat(*src); err != nil || !info.IsDir() {
		return usageErr("-s %s: not a folder", *src)
	}
	now, err := sourceDate(os.Getenv)
	if err != nil {
		return err
	}
	rep, err := build.Build(ctx, build.Options{
		Site: os.DirFS(*src), Out: *out, BaseURL: *base, Drafts: *drafts,
		NoMinify: *noMin, Strict: *strict, Langs: langs, Version: version(), Now: now, Cache: cacheDir(*src),
	})
	if *format == "github" {
		printGitHub(stdout, rep.Diags, *src, *strict)
	} else {
		printDiags(stderr, rep.Diags)
	}
	if err != nil {
		return err
	}
	if rep.Failed(*strict) {
		fmt.Fprintf(stderr, "build failed: %s; %s was left as it was\n", counts(rep.Diags), *out)
		return errSiteErrors
	}
	printReport(stdout, rep, *out)
	for _, n := range rep.Notes {
		fmt.Fprintf(stdout, "note: %s\n", n)
	}
	return nil
}

// printGitHub writes diagnostics as GitHub Actions workflow commands
// (::error file=…,line=…,col=…::message), which GitHub shows on the lines
// of a pull request. Paths are made relative to the repository root by
// joining the site folder (-s); a warning that --strict refuses is an error.
func printGitHub(w io.Writer, ds []diag.Diagnostic, site string, strict bool) {
	for _, d := range ds {
		level := "warning"
		if d.Severity == diag.Error || strict {
			level = "error"
		}
		var props []string
		// A folder ("content": the pages missing in a language) is no file
		// to annotate: the message goes to the run's summary.
		if d.Pos.File != "" && (d.Pos.Line > 0 || path.Ext(d.Pos.File) != "") {
			props = append(props, "file="+ghProperty(filepath.ToSlash(filepath.Join(site, filepath.FromSlash(d.Pos.File)))))
		}
		if d.Pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", d.Pos.Line))
			if d.Pos.Col > 0 {
				props = append(props, fmt.Sprintf("col=%d", d.Pos.Col))
			}
		}
		if len(props) > 0 {
			level += " " + strings.Join(props, ",")
		}
		fmt.Fprintf(w, "::%s::%s\n", level, ghData(d.Msg))
	}
}

// ghData escapes a workflow command's message, as GitHub's toolkit does.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func printDiags(w io.Writer, ds []diag.Diagnostic) {
	for _, d := range ds {
		fmt.Fprintln(w, d.Error())
	}
}

func counts(ds []diag.Diagnostic) string {
	e, wn := 0, 0
	for _, d := range ds {
		if d.Severity == diag.Error {
			e++
		} else {
			wn++
		}
	}
	return fmt.Sprintf("%d error%s, %d warning%s", e, plural(e), wn, plural(wn))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func printReport(w io.Writer, rep *build.Report, out string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "language\tpages\t")
	total := 0
	for _, code := range rep.Langs {
		fmt.Fprintf(tw, "%s\t%d\t\n", code, rep.Pages[code])
		total += rep.Pages[code]
	}
	fmt.Fprintf(tw, "total\t%d\t\n", total)
	tw.Flush()
	if rep.Repaired != nil {
		fmt.Fprintf(w, "repaired %s: it differed from the record of the last build (%s); every file is the build's again\n", out, rep.Repaired)
	}
	switch {
	case rep.UpToDate:
		fmt.Fprintf(w, "%s is up to date: nothing changed since the last build (%s)\n", out, rep.Duration.Round(1e6))
	case rep.Linked > 0:
		fmt.Fprintf(w, "%d files (%.1f MB) in %s: %d written, %d unchanged, in %s\n", rep.Files, float64(rep.Bytes)/1e6, out, rep.Files-rep.Linked, rep.Linked, rep.Duration.Round(1e6))
	default:
		fmt.Fprintf(w, "%d files (%.1f MB) written to %s in %s\n", rep.Files, float64(rep.Bytes)/1e6, out, rep.Duration.Round(1e6))
	}
}

// sourceDate returns the build's date from SOURCE_DATE_EPOCH (seconds since
// 1970-01-01 UTC, the reproducible-builds convention), or the zero time when
// it is not set: the build then takes the clock. Either way the date is
// read in the site's time zone (timeZone in site.yaml).
func sourceDate(getenv func(string) string) (time.Time, error) {
	v := strings.TrimSpace(getenv("SOURCE_DATE_EPOCH"))
	if v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || n > 253402300799 {
		return time.Time{}, usageErr("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970-01-01 UTC: set it like SOURCE_DATE_EPOCH=$(git log -1 --format=%%ct) or unset it", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

// parseFlags parses the flags of a command that takes no arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return flagErr(err)
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// flagErr marks a flag parsing error as bad usage (the flag package has
// already printed it, with the command's flags).
func flagErr(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return errUsage
}

// cacheDir is where builds of the site in src keep what the next build can
// reuse (the image pipeline's encoded variants): .vitrine-cache/ in the site
// folder, outside any output folder. Deleting it is always safe.
func cacheDir(src string) string {
	return filepath.Join(src, ".vitrine-cache")
}
