package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/vitrine-ssg/vitrine/build/serve"
)

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	src := fs.String("s", ".", "the site folder")
	addr := fs.String("addr", "127.0.0.1:1313", "the address to listen on (loopback unless you choose otherwise)")
	drafts := fs.Bool("drafts", false, "show pages and entries marked draft")
	var langs langList
	fs.Var(&langs, "lang", "render only these languages (comma-separated codes)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if info, err := os.Stat(*src); err != nil || !info.IsDir() {
		return usageErr("-s %s: not a folder", *src)
	}
	if _, err := os.Stat(*src + "/site.yaml"); err != nil {
		return fmt.Errorf("no site.yaml in %s: run vitrine serve in a site folder, or pass -s DIR", *src)
	}
	now, err := sourceDate(os.Getenv)
	if err != nil {
		return err
	}
	return serve.Run(ctx, serve.Options{Dir: *src, Cache: cacheDir(*src), Addr: *addr, Langs: langs, Drafts: *drafts, Version: version(), Now: now, Log: stdout})
}
