package main

import (
	"io"
)

func cmdNew(args []string, stdout, stderr io.Writer) error {
	return usageErr("vitrine new is not available in this build")
}
