package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vitrine-ssg/vitrine"
	"github.com/vitrine-ssg/vitrine/build/config"
	"github.com/vitrine-ssg/vitrine/build/scaffold"
)

func cmdNew(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("new", stderr)
	src := fs.String("s", ".", "the site folder (for entries and pages)")
	blank := fs.Bool("blank", false, "new site: a minimal site (a home, one page, a draft example per catalogue kind) instead of a copy of the showcase")
	var langs langList
	fs.Var(&langs, "lang", "new site --blank: its languages, the first being the default (fr, nl, en, de, es; default: all five)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: vitrine new site [--blank [--lang fr,en]] DIR | programme|chair|network|alumni|institution|event ID | page PATH  [-s DIR]\n")
		fs.PrintDefaults()
	}
	// Flags may come before or after the arguments.
	var rest []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return flagErr(err)
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(rest) != 2 {
		fs.Usage()
		return errUsage
	}
	what, name := rest[0], rest[1]
	switch what {
	case "site":
		if len(langs) > 0 && !*blank {
			return usageErr("--lang goes with --blank: a copy of the showcase has its five languages (remove one from site.yaml to leave it out)")
		}
		var files []string
		var err error
		if *blank {
			today, derr := sourceDate(os.Getenv)
			if derr != nil {
				return derr
			}
			if today.IsZero() {
				today = time.Now()
			}
			loc, _ := time.LoadLocation(config.DefaultTimeZone)
			today = (&config.Config{Location: loc}).Today(today) // the date in a new site's time zone
			files, err = scaffold.Blank(name, langs, today)
		} else {
			files, err = scaffold.Site(vitrine.Showcase, name)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %d files to %s\nnext: cd %s && vitrine build (or vitrine serve)\n", len(files), name, name)
		return nil
	case "page":
		today, err := sourceDate(os.Getenv)
		if err != nil {
			return err
		}
		if today.IsZero() {
			today = time.Now()
		}
		if cfg := config.Read(os.DirFS(*src)); cfg != nil {
			today = cfg.Today(today) // the date in the site's time zone
		}
		files, err := scaffold.Page(*src, name, siteLangs(*src), today)
		for _, f := range files {
			fmt.Fprintf(stdout, "wrote %s\n", f)
		}
		return err
	default:
		if *blank || len(langs) > 0 {
			return usageErr("--blank and --lang go with vitrine new site")
		}
		if _, ok := scaffold.KindOf[what]; !ok {
			return usageErr("vitrine new %s: expected site, page, programme, chair, network, alumni or institution", what)
		}
		p, err := scaffold.Entry(*src, what, name, siteLangs(*src))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s (a draft: fill it in, then remove draft: true)\n", p)
		return nil
	}
}

// siteLangs returns the languages of the site in dir, or the five vitrine
// ships strings for when there is no usable site.yaml.
func siteLangs(dir string) []string {
	if cfg := config.Read(os.DirFS(dir)); cfg != nil && cfg.Langs != nil {
		return cfg.Langs.Codes()
	}
	return []string{"fr", "nl", "en", "de", "es"}
}
