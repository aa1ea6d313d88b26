package render

// The schema.org nodes of the pages' JSON-LD, as encoding/json writes them.
// Each type is the shape vitrine emits for one use of a schema.org type, not
// the whole vocabulary: a key is left out (omitempty) only where vitrine has
// nothing to say, and kept, even empty, where it always says something.
// The @type of every node is set by whoever builds it (jsonld.go).

// ldGraph is a page's JSON-LD document: its nodes in one @graph.
type ldGraph struct {
	Context string `json:"@context"`
	Graph   []any  `json:"@graph"`
}

// ldWebSite describes the site, on its home page in each language.
type ldWebSite struct {
	Type       string          `json:"@type"` // WebSite
	Name       string          `json:"name"`
	URL        string          `json:"url"`
	InLanguage string          `json:"inLanguage"`
	Search     *ldSearchAction `json:"potentialAction,omitempty"`
}

// ldSearchAction says how to search the site: its search page, with the
// query in q.
type ldSearchAction struct {
	Type       string `json:"@type"` // SearchAction
	Target     string `json:"target"`
	QueryInput string `json:"query-input"`
}

// ldItemList lists the entries of a list page.
type ldItemList struct {
	Type            string       `json:"@type"` // ItemList
	Name            string       `json:"name"`
	NumberOfItems   int          `json:"numberOfItems"`
	ItemListElement []ldListItem `json:"itemListElement"`
}

// ldListItem is one entry of an ldItemList.
type ldListItem struct {
	Type     string `json:"@type"` // ListItem
	Position int    `json:"position"`
	URL      string `json:"url"`
	Name     string `json:"name"`
}

// ldBreadcrumbList is the trail from the home page to a page.
type ldBreadcrumbList struct {
	Type            string    `json:"@type"` // BreadcrumbList
	ItemListElement []ldCrumb `json:"itemListElement"`
}

// ldCrumb is one step of an ldBreadcrumbList: a ListItem that names its page
// as item, as search engines read breadcrumbs.
type ldCrumb struct {
	Type     string `json:"@type"` // ListItem
	Position int    `json:"position"`
	Name     string `json:"name"`
	Item     string `json:"item"`
}

// ldProgram describes a study programme on its page.
type ldProgram struct {
	Type                         string             `json:"@type"` // EducationalOccupationalProgram
	ID                           string             `json:"@id"`
	URL                          string             `json:"url"`
	Name                         string             `json:"name"`
	Description                  string             `json:"description"`
	EducationalProgramMode       string             `json:"educationalProgramMode"`
	InLanguage                   []string           `json:"inLanguage"`
	TimeToComplete               string             `json:"timeToComplete"`
	EducationalCredentialAwarded ldCredential       `json:"educationalCredentialAwarded"`
	NumberOfCredits              *ldStructuredValue `json:"numberOfCredits,omitempty"`
	Provider                     []ldOrg            `json:"provider,omitempty"`
	ApplicationDeadline          string             `json:"applicationDeadline,omitempty"` // a deadline's date is required: never empty when there is one
	Offers                       []ldOffer          `json:"offers,omitempty"`
	About                        []ldDefinedTerm    `json:"about,omitempty"`
	Image                        string             `json:"image,omitempty"` // the Open Graph image
}

// ldCredential is what a programme awards.
type ldCredential struct {
	Type               string `json:"@type"` // EducationalOccupationalCredential
	CredentialCategory string `json:"credentialCategory"`
	EducationalLevel   string `json:"educationalLevel"`
}

// ldStructuredValue is a programme's number of credits.
type ldStructuredValue struct {
	Type     string `json:"@type"` // StructuredValue
	Value    int    `json:"value"`
	UnitText string `json:"unitText"`
}

// ldOffer is a tuition fee.
type ldOffer struct {
	Type          string  `json:"@type"` // Offer
	Category      string  `json:"category"`
	Price         float64 `json:"price"`
	PriceCurrency string  `json:"priceCurrency"`
}

// ldDefinedTerm is an ISCED-F field of study.
type ldDefinedTerm struct {
	Type             string `json:"@type"` // DefinedTerm
	TermCode         string `json:"termCode"`
	Name             string `json:"name"`
	InDefinedTermSet string `json:"inDefinedTermSet"`
}

// ldOrg is an organization as another node names it (a provider, member or
// parent): its type, its page on the site (@id) when it has one, its name.
// On an institution's own page it carries the institution's details too.
type ldOrg struct {
	Type string `json:"@type"` // CollegeOrUniversity, or Organization for a member written inline
	ID   string `json:"@id,omitempty"`
	Name string `json:"name"`
	*ldOrgDetails
}

// ldOrgDetails are what an institution's own page says of it.
type ldOrgDetails struct {
	URL           string            `json:"url"`
	Address       ldPostalAddress   `json:"address"`
	AlternateName string            `json:"alternateName,omitempty"`
	Identifier    []ldPropertyValue `json:"identifier,omitempty"`
	SameAs        []string          `json:"sameAs,omitempty"`
	Description   *string           `json:"description,omitempty"` // when the summary has a text in the page's chain, even an empty one
	Image         string            `json:"image,omitempty"`       // the Open Graph image
	Logo          string            `json:"logo,omitempty"`        // the logo's largest variant up to 800 pixels, or the SVG
}

// ldPostalAddress is where an institution is.
type ldPostalAddress struct {
	Type            string `json:"@type"` // PostalAddress
	AddressLocality string `json:"addressLocality"`
	AddressCountry  string `json:"addressCountry"`
}

// ldPropertyValue is an institution's identifier in a registry (ROR, Erasmus,
// PIC, SCHAC).
type ldPropertyValue struct {
	Type       string `json:"@type"` // PropertyValue
	PropertyID string `json:"propertyID"`
	Value      string `json:"value"`
}

// ldOrganization describes a network, a chair or an alumni office on its page.
type ldOrganization struct {
	Type               string          `json:"@type"` // Organization
	ID                 string          `json:"@id"`
	URL                string          `json:"url"`
	Name               string          `json:"name"`
	AlternateName      string          `json:"alternateName,omitempty"`
	Description        *string         `json:"description,omitempty"` // networks and chairs, even empty; not alumni offices
	SameAs             string          `json:"sameAs,omitempty"`
	FoundingDate       string          `json:"foundingDate,omitempty"`
	Member             []ldOrg         `json:"member,omitempty"`
	ContactPoint       *ldContactPoint `json:"contactPoint,omitempty"`
	ParentOrganization *ldOrg          `json:"parentOrganization,omitempty"`
	Image              string          `json:"image,omitempty"` // the Open Graph image
}

// ldContactPoint is how to reach a network or an alumni office.
type ldContactPoint struct {
	Type        string `json:"@type"` // ContactPoint
	Email       string `json:"email"`
	ContactType string `json:"contactType"`
	*ldOfficeReach
}

// ldOfficeReach is what an alumni office's contact point adds: the languages
// it answers in (null when the entry gives none) and its switchboard.
type ldOfficeReach struct {
	AvailableLanguage []string `json:"availableLanguage"`
	Telephone         string   `json:"telephone,omitempty"`
}

// ldEvent is an event: an open day, a fair, a webinar, a lecture.
type ldEvent struct {
	Type                string        `json:"@type"` // Event, or EducationEvent
	ID                  string        `json:"@id"`
	URL                 string        `json:"url"`
	Name                string        `json:"name"`
	Description         string        `json:"description,omitempty"`
	StartDate           string        `json:"startDate"`
	EndDate             string        `json:"endDate,omitempty"`
	EventStatus         string        `json:"eventStatus"`
	EventAttendanceMode string        `json:"eventAttendanceMode"`
	Location            []any         `json:"location"` // ldPlace, ldVirtualLocation
	Organizer           []ldOrg       `json:"organizer,omitempty"`
	InLanguage          []string      `json:"inLanguage,omitempty"`
	Audience            []ldAudience  `json:"audience,omitempty"`
	Offers              *ldEventOffer `json:"offers,omitempty"`
}

// ldPlace is where an event takes place.
type ldPlace struct {
	Type    string          `json:"@type"` // Place
	Name    string          `json:"name"`
	Address ldPostalAddress `json:"address"`
}

// ldVirtualLocation is the link of an online event.
type ldVirtualLocation struct {
	Type string `json:"@type"` // VirtualLocation
	URL  string `json:"url"`
}

// ldAudience names who an event is for.
type ldAudience struct {
	Type         string `json:"@type"` // Audience
	AudienceType string `json:"audienceType"`
}

// ldEventOffer is an event's registration, free of charge as far as the
// catalogue knows.
type ldEventOffer struct {
	Type string `json:"@type"` // Offer
	URL  string `json:"url"`
}
