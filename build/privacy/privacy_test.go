package privacy

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vitrine-ssg/vitrine/build/diag"
)

func TestPersonal(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		// Shapes of a person's name.
		{"marie.dupont@uliege.be", true},
		{"m.dupont@uliege.be", true},
		{"mdupont@henl.example.be", true},
		{"dupontm@ugent.be", true},
		{"marie_dupont@kuleuven.be", true},
		{"marie-claire.dupont@ulb.be", true},
		{"Marie.Dupont@ULiege.be", true},
		{"jose.garcia2@uv.es", true},
		{"jürgen.müller@rwth-aachen.de", true},
		{"marie.dupont+erasmus@uliege.be", true}, // the tag is not the address
		// Offices, functions and services.
		{"info@uliege.be", false},
		{"international@ulb.be", false},
		{"alumni@ugent.be", false},
		{"erasmus@vub.be", false},
		{"international.office@kuleuven.be", false},
		{"relations-internationales@uclouvain.be", false},
		{"admissionsoffice@maastrichtuniversity.nl", false},
		{"incoming-students@uantwerpen.be", false},
		{"mobilité@umons.ac.be", false},
		{"no-reply@example.org", false},
		{"info2024@example.org", false},
		{"12345@example.org", false},
		{"accessibility@example.org", false}, // the accessibility statement's contact
		{"toegankelijkheid@ugent.be", false},
		{"accessibilite@uliege.be", false},
		{"not an address", false},
	}
	for _, tt := range tests {
		if got := Personal(tt.addr); got != tt.want {
			t.Errorf("Personal(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	src := "---\ntitle: Contact\n---\nÉcrivez à marie.dupont@uliege.be ou à\n<info@ulb.be>, pas à [@programmes](@programmes).\nmailto:mdupont@henl.example.be?subject=x\n"
	got := Find("content/contact.fr.md", src)
	want := []Found{
		{"marie.dupont@uliege.be", diag.Pos{File: "content/contact.fr.md", Line: 4, Col: 11}},
		{"info@ulb.be", diag.Pos{File: "content/contact.fr.md", Line: 5, Col: 2}},
		{"mdupont@henl.example.be", diag.Pos{File: "content/contact.fr.md", Line: 6, Col: 8}},
	}
	if len(got) != len(want) {
		t.Fatalf("Find = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Find[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestPolicy(t *testing.T) {
	review := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	p := NewPolicy([]string{"cvd@uliege.be", "vdb@"}, []Record{{Email: "Marie.Dupont@uliege.be", Basis: "consent", ReviewBy: review, Pos: diag.Pos{File: "site.yaml", Line: 9, Col: 7}}})
	src := "cvd@uliege.be vdb@ugent.be cvd@ulb.be marie.dupont@uliege.be jan.peeters@ugent.be info@ugent.be"
	var diags diag.List
	uses := p.Check("static/contact.html", []byte(src), &diags)
	if len(uses) != 1 || uses[0].Addr != "marie.dupont@uliege.be" || uses[0].Basis != "consent" || uses[0].ReviewBy != "2027-06-30" || uses[0].Record.Line != 9 {
		t.Errorf("uses = %+v", uses)
	}
	errs := diags.Sorted()
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want cvd@ulb.be (allowed at uliege.be only) and jan.peeters@ugent.be", errs)
	}
	for i, w := range []string{"static/contact.html:1:28: error: \"cvd@ulb.be\" looks like a person's", "static/contact.html:1:62: error: \"jan.peeters@ugent.be\""} {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d = %s, want %s…", i, errs[i].Error(), w)
		}
	}
	var none *Policy
	if none.Allowed("marie.dupont@uliege.be") || !none.Allowed("info@uliege.be") {
		t.Error("the nil policy is the rule alone")
	}
}

// FuzzFind: any bytes, never a panic; every address found is in the source
// at the position given, and has one "@" after a non-empty local part.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"marie.dupont@uliege.be", "a@b.cd\n\xffx@y.zz", "@@@", "é@é.éé", "x.@y..be", "mailto:a@b.be?c@d.ef", "\n\n  j.doe@x.example.org\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, found := range Find("f", string(src)) {
			at := strings.LastIndexByte(found.Addr, '@')
			if at <= 0 || at == len(found.Addr)-1 {
				t.Fatalf("not an address: %q", found.Addr)
			}
			lines := strings.Split(string(src), "\n")
			if found.Pos.Line < 1 || found.Pos.Line > len(lines) || found.Pos.Col < 1 {
				t.Fatalf("position %v out of the source", found.Pos)
			}
			line := lines[found.Pos.Line-1]
			// The column counts characters: skip Col-1 of them.
			off := 0
			for range found.Pos.Col - 1 {
				_, n := utf8.DecodeRuneInString(line[off:])
				off += n
			}
			if !strings.HasPrefix(line[off:], found.Addr) {
				t.Fatalf("%q is not at %v in %q", found.Addr, found.Pos, line)
			}
			_ = Personal(found.Addr)
		}
	})
}
