// Package lang is the language layer of the load stage: the languages of a
// site and their fallback chains, the UI-string bundle (go-i18n), the
// built-in vocabularies (countries, languages, ISCED-F fields, study levels…)
// in French, Dutch, English, German and Spanish, and localized formats for
// dates and numbers.
//
// Everything here is immutable after construction and safe for concurrent
// use by the render workers.
package lang
