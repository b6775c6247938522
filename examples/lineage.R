#!/usr/bin/env Rscript
# Why does the Working Group on Firearms exist? Asks the Mandate Lineage API (GraphQL) with httr
# and jsonlite, prints the answer, tabulates each step of the lineage with the sentence of the
# source document that states it, and reads the lineage's links as a CSV export.
#
#   npm start                                  # in the project folder: the API at localhost:4000
#   Rscript examples/lineage.R
#   MANDATE_LINEAGE_URL=http://127.0.0.1:4000 Rscript examples/lineage.R   # another server
#
# Needs R with the packages httr and jsonlite (Debian: r-base-core r-cran-httr r-cran-jsonlite).
# The stopifnot() lines stop the script with an error if the API stops answering what this
# script expects.

suppressPackageStartupMessages({
  library(httr)
  library(jsonlite)
})

options(width = 160)
base <- sub("/+$", "", Sys.getenv("MANDATE_LINEAGE_URL", "http://localhost:4000"))
subject <- "body/wg-firearms"

# ---- A small helper: POST a GraphQL query, return its data, stop on any error ------------------

gql <- function(query, variables = setNames(list(), character(0))) {
  body <- toJSON(list(query = query, variables = variables), auto_unbox = TRUE, null = "null")
  res <- tryCatch(
    POST(paste0(base, "/graphql"), body = body, content_type_json(), accept_json(), timeout(60)),
    error = function(e) {
      stop(sprintf(
        "cannot reach %s/graphql (%s): is the API running (`npm start`), or is MANDATE_LINEAGE_URL right?",
        base, conditionMessage(e)
      ), call. = FALSE)
    }
  )
  text <- content(res, as = "text", encoding = "UTF-8")
  answer <- tryCatch(fromJSON(text, simplifyVector = FALSE), error = function(e) NULL)
  if (is.null(answer)) {
    stop(sprintf("%s/graphql answered HTTP %d without JSON", base, status_code(res)), call. = FALSE)
  }
  if (length(answer$errors) > 0) {
    messages <- vapply(answer$errors, function(e) {
      code <- if (is.null(e$extensions$code)) "?" else e$extensions$code
      sprintf("%s [%s]", e$message, code)
    }, character(1))
    stop(paste(messages, collapse = "; "), call. = FALSE)
  }
  stop_for_status(res)
  answer$data
}

# ---- Why does it exist? -------------------------------------------------------------------------

why_exists <- '
query WhyExists($id: ID!) {
  whyExists(id: $id) {
    subject { id name }
    summary(lang: EN)
    steps {
      type
      action
      source
      from { id }
      to { id }
      evidence { paragraph quote lang document { id symbol } }
    }
  }
}'

why <- gql(why_exists, list(id = subject))$whyExists
cat(why$subject$name, "\n\n", why$summary, "\n\n", sep = "")

# ---- The steps, one row per quoted sentence (a step without a quote keeps one row, quote NA) ----

or_na <- function(x) if (is.null(x)) NA else x

rows <- lapply(why$steps, function(step) {
  link <- data.frame(
    type = step$type, from = step$from$id, to = step$to$id, action = or_na(step$action),
    source = step$source, stringsAsFactors = FALSE
  )
  if (length(step$evidence) == 0) {
    return(cbind(link, paragraph = NA_integer_, quote = NA_character_, document = NA_character_))
  }
  do.call(rbind, lapply(step$evidence, function(ev) {
    cbind(link,
      paragraph = as.integer(or_na(ev$paragraph)),
      quote = ev$quote,
      # A note that prints no UN symbol of its own is known by its id.
      document = if (is.null(ev$document$symbol)) ev$document$id else ev$document$symbol,
      stringsAsFactors = FALSE
    )
  }))
})
steps <- do.call(rbind, rows)

shown <- steps[, c("type", "from", "to", "source", "paragraph")]
shown$quote <- ifelse(is.na(steps$quote), "", paste0(substr(steps$quote, 1, 60), "..."))
print(shown, right = FALSE)
cat("\n", length(why$steps), " steps, ", sum(!is.na(steps$quote)), " quotes\n\n", sep = "")

# "В соответствии с резолюцией 5/4" (in escapes, so that the script parses in any locale)
paragraph_10_start <- "\u0412 \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0438 \u0441 \u0440\u0435\u0437\u043e\u043b\u044e\u0446\u0438\u0435\u0439 5/4"

stopifnot(
  "the summary no longer names Resolution 5/4" = grepl("Resolution 5/4", why$summary, fixed = TRUE),
  "the summary no longer names Resolution 7/1" = grepl("Resolution 7/1", why$summary, fixed = TRUE),
  "no step says resolution 5/4 created the Working Group" =
    any(steps$type == "CREATES" & steps$from == "resolution/5/4" & steps$to == subject),
  "no quote in paragraph 10 starts with the words of resolution 5/4" = any(
    steps$paragraph %in% 10 & startsWith(ifelse(is.na(steps$quote), "", steps$quote), paragraph_10_start)
  )
)

# ---- The same lineage as a CSV export (one row per link, with its evidence) --------------------

csv_url <- sprintf(
  "%s/export/csv-edges?id=%s&direction=UPSTREAM&maxDepth=6",
  base, URLencode(subject, reserved = TRUE)
)
edges <- read.csv(csv_url, fileEncoding = "UTF-8", stringsAsFactors = FALSE)

expected_columns <- c(
  "id", "type", "from", "to", "action", "source", "basis",
  "evidence_count", "paragraphs", "quotes", "documents", "langs", "sources"
)
stopifnot(
  "unexpected CSV columns" = identical(names(edges), expected_columns),
  "the CSV export has no rows" = nrow(edges) >= 1
)
cat(nrow(edges), " links in ", csv_url, "\n", sep = "")
print(edges[, c("type", "from", "to", "source", "evidence_count")], right = FALSE)
