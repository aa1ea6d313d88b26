package vitrine_test

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestREADMERecipesPin checks the CI recipes of README.md: both pin the same
// VITRINE_VERSION; it is a full commit hash of this repository that HEAD
// descends from (so every command the recipes run exists there) or a tag the
// repository has; and the install command names this module's command.
// README.md once pinned v0.1.0, a tag that never existed.
func TestREADMERecipesPin(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	module := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(string(gomod), "\n", 2)[0], "module"))
	pins := regexp.MustCompile(`(?m)^\s*VITRINE_VERSION: (\S+)`).FindAllStringSubmatch(string(readme), -1)
	if len(pins) != 2 {
		t.Fatalf("README.md pins VITRINE_VERSION %d times, expected once per recipe (GitHub, GitLab)", len(pins))
	}
	pin := pins[0][1]
	if pins[1][1] != pin {
		t.Errorf("the recipes pin different versions: %s and %s", pin, pins[1][1])
	}
	install := `go install -tags nodynamic "` + module + `/cmd/vitrine@$VITRINE_VERSION"`
	if n := strings.Count(string(readme), install); n < 2 {
		t.Errorf("README.md installs with %s %d times, expected once in each recipe", install, n)
	}
	commit := regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(pin)
	tag := regexp.MustCompile(`^v\d+\.\d+\.\d+$`).MatchString(pin)
	if !commit && !tag {
		t.Fatalf("VITRINE_VERSION %q is neither a full commit hash nor a release tag (vX.Y.Z)", pin)
	}

	// Whether the repository has it: only git can say, with the history.
	git := func(args ...string) (string, error) {
		out, err := exec.Command("git", args...).Output()
		return strings.TrimSpace(string(out)), err
	}
	if shallow, err := git("rev-parse", "--is-shallow-repository"); err != nil || shallow != "false" {
		t.Skipf("no git history here (a shallow clone, or no git): cannot check that %s exists", pin)
	}
	if tag {
		if _, err := git("rev-parse", "--verify", "--quiet", "refs/tags/"+pin); err != nil {
			t.Errorf("VITRINE_VERSION %s: the repository has no such tag (git tag lists its tags); pin a commit you tested instead", pin)
		}
		return
	}
	if _, err := git("merge-base", "--is-ancestor", pin, "HEAD"); err != nil {
		t.Errorf("VITRINE_VERSION %s is not a commit of this repository's history (git log shows them)", pin)
	}
}
