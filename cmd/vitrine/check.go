package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/check"
	"github.com/vitrine-ssg/vitrine/build/diag"
)

func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", stderr)
	src := fs.String("s", ".", "the site folder")
	strict := fs.Bool("strict", false, "fail on warnings too")
	privacy := fs.Bool("privacy-report", false, "list every personal datum the site publishes")
	format := fs.String("format", "text", "output format: text, json, or github (annotations on a pull request's lines, then the text summary)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" && *format != "github" {
		return usageErr("--format %q: expected text, json or github", *format)
	}
	if info, err := os.Stat(*src); err != nil || !info.IsDir() {
		return usageErr("-s %s: not a folder", *src)
	}
	now, err := sourceDate(os.Getenv)
	if err != nil {
		return err
	}
	rep, err := build.Check(ctx, build.Options{Site: os.DirFS(*src), Cache: cacheDir(*src), Version: version(), Now: now})
	if err != nil {
		return err
	}
	failed := slices.ContainsFunc(rep.Diags, func(d diag.Diagnostic) bool { return d.Severity == diag.Error || *strict })
	if *format == "json" {
		writeCheckJSON(stdout, rep, *privacy, failed)
	} else {
		if *format == "github" {
			printGitHub(stdout, rep.Diags, *src, *strict)
		} else {
			printDiags(stderr, rep.Diags)
		}
		fmt.Fprintf(stdout, "checked %d pages and %d internal links: %s\n\n", rep.Pages, rep.Links, counts(rep.Diags))
		fmt.Fprintf(stdout, "translation completeness (Markdown pages, catalogue text fields):\n%s", rep.Summary())
		if *privacy {
			fmt.Fprintln(stdout)
			printPrivacy(stdout, rep.Privacy)
		}
	}
	if failed {
		return errSiteErrors
	}
	return nil
}

func printPrivacy(w io.Writer, data []check.Datum) {
	if len(data) == 0 {
		fmt.Fprintln(w, "privacy report: the site publishes no personal data")
		return
	}
	fmt.Fprintf(w, "privacy report: %d personal data published\n", len(data))
	for _, d := range data {
		fmt.Fprintf(w, "  %s: %s %q, lawful basis %s, review by %s", d.Source, d.What, d.Value, d.Basis, d.ReviewBy)
		if d.Record != "" && d.Record != d.Source {
			fmt.Fprintf(w, " (recorded at %s)", d.Record)
		}
		if d.Pages > 0 {
			fmt.Fprintf(w, ", on %d pages", d.Pages)
		}
		fmt.Fprintln(w)
	}
}

func writeCheckJSON(w io.Writer, rep *check.Report, privacy, failed bool) {
	type jdiag struct {
		File     string `json:"file"`
		Line     int    `json:"line,omitempty"`
		Col      int    `json:"col,omitempty"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
	}
	out := struct {
		OK          bool               `json:"ok"`
		Pages       int                `json:"pages"`
		Links       int                `json:"links"`
		Diagnostics []jdiag            `json:"diagnostics"`
		Translation []check.LangStatus `json:"translation"`
		Privacy     []check.Datum      `json:"privacy,omitempty"`
	}{OK: !failed, Pages: rep.Pages, Links: rep.Links, Diagnostics: []jdiag{}, Translation: rep.Translation}
	for _, d := range rep.Diags {
		out.Diagnostics = append(out.Diagnostics, jdiag{d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity.String(), d.Msg})
	}
	if privacy {
		out.Privacy = append([]check.Datum{}, rep.Privacy...) // [] rather than null
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}
