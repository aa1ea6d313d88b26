package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/vitrine-ssg/vitrine/build"
	"github.com/vitrine-ssg/vitrine/build/status"
)

func cmdI18n(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("i18n", stderr)
	src := fs.String("s", ".", "the site folder")
	format := fs.String("format", "text", "output format: text or json")
	minStr := fs.String("min", "", "exit 1 when a language is less than PERCENT complete")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageErr("--format %q: expected text or json", *format)
	}
	min := -1.0
	if *minStr != "" {
		v, err := strconv.ParseFloat(strings.TrimSuffix(*minStr, "%"), 64)
		if err != nil || v < 0 || v > 100 {
			return usageErr("--min %q: expected a percentage from 0 to 100", *minStr)
		}
		min = v
	}
	if info, err := os.Stat(*src); err != nil || !info.IsDir() {
		return usageErr("-s %s: not a folder", *src)
	}
	m, err := build.Memory(ctx, build.Options{Site: os.DirFS(*src), Cache: cacheDir(*src), LazyImages: true, Version: version()})
	if err != nil {
		return err
	}
	if m.Loaded == nil || m.Loaded.Site == nil {
		printDiags(stderr, m.Diags.Sorted())
		return errSiteErrors
	}
	mx := status.Compute(m.Loaded.Site, m.Loaded.Strings, status.NewGitHistory(*src))
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(mx); err != nil {
			return err
		}
	} else {
		fmt.Fprint(stdout, mx.Text())
	}
	if min >= 0 {
		if below := mx.Below(min); len(below) > 0 {
			fmt.Fprintf(stderr, "below %g%%: %s\n", min, strings.Join(below, ", "))
			return errSiteErrors
		}
	}
	return nil
}
