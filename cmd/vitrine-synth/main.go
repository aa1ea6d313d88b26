// Command vitrine-synth writes synthetic sites for benchmarks: a vitrine site
// of N study programmes in five languages, with the institutions and networks
// they reference, and the same content as a Hugo site (package bench/synth).
//
//	go run ./cmd/vitrine-synth -n 1000 -vitrine /tmp/v1000 -hugo /tmp/h1000
//
// Output is deterministic: the same -n and -seed give the same files.
// Exit codes: 0 ok, 1 a write failed, 2 bad usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vitrine-ssg/vitrine/bench/synth"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vitrine-synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: vitrine-synth -n N [-vitrine DIR] [-hugo DIR] [-seed S] [-base-url URL]\n\n")
		fs.PrintDefaults()
	}
	n := fs.Int("n", 1000, "number of study programmes")
	vitrineDir := fs.String("vitrine", "", "write the vitrine site into this folder")
	hugoDir := fs.String("hugo", "", "write the Hugo site into this folder")
	seed := fs.Uint64("seed", synth.DefaultSeed, "random seed (the same seed gives the same files)")
	base := fs.String("base-url", "", "base URL of the sites (default https://bench.example.org/)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vitrine-synth: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *n < 1 {
		fmt.Fprintf(stderr, "vitrine-synth: -n %d: need at least one programme\n", *n)
		return 2
	}
	if *vitrineDir == "" && *hugoDir == "" {
		fmt.Fprintln(stderr, "vitrine-synth: nothing to do: give -vitrine DIR, -hugo DIR or both")
		return 2
	}
	opts := synth.Options{N: *n, Seed: *seed, BaseURL: *base}
	for _, out := range []struct {
		name, dir string
		gen       func(synth.Options) synth.Site
	}{
		{"vitrine", *vitrineDir, synth.Vitrine},
		{"Hugo", *hugoDir, synth.Hugo},
	} {
		if out.dir == "" {
			continue
		}
		if entries, err := os.ReadDir(out.dir); err == nil && len(entries) > 0 {
			fmt.Fprintf(stderr, "vitrine-synth: %s is not empty: choose a new folder\n", out.dir)
			return 2
		}
		site := out.gen(opts)
		if err := site.Write(out.dir); err != nil {
			fmt.Fprintf(stderr, "vitrine-synth: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s site: %d programmes, %d files (%.1f MB) in %s\n", out.name, *n, len(site), float64(site.Size())/1e6, out.dir)
	}
	return 0
}
