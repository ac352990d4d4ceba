# `jawnik serve` and `jawnik build --watch`: the preview server and rebuilds.

serve-cannot-listen = cannot listen on { $addr }: { $error }; choose another --port (--port 0 takes any free one)
serve-not-loopback = listening on { $ip }: anyone who can reach this address can read the site
serve-serving = serving { $root } at { $url } (Ctrl+C to stop)
serve-built = built { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } and { $files } more files in { $ms } ms ({ $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    })
serve-build-failed = build failed: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }; fix the files and save, jawnik is watching
watch-watching = watching { $root } for changes (Ctrl+C to stop)
watch-cannot-watch = cannot watch { $path }: { $error }
watch-error = watching files: { $error }
count-problems = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
rebuild-changed = { $changed ->
        [0] no files changed
        [one] { $changed } file changed
       *[other] { $changed } files changed
    }
rebuild-removed = , { $removed } removed
rebuild-done = rebuilt after { $what } changed: { $counts } in { $ms } ms
rebuild-how-static = (static files copied, nothing rendered)
rebuild-how-programmes = (that programme's pages and files; the site-wide ones next)
rebuild-how-templates = ({ $pages ->
        [one] { $pages } page uses
       *[other] { $pages } pages use
    } the changed templates, rendered again; nothing else)
rebuild-failed = rebuild after { $what } changed failed: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }; { $kept }
rebuild-kept-serving = still serving the last good site
rebuild-kept-output = { $output } was left as it was
rebuild-kept-nothing = nothing was written
rebuild-finished = updated the site-wide pages and files: { $counts } in { $ms } ms
rebuild-finish-failed = updating the site-wide pages and files failed: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
rebuild-write-again = it is written again in full after the next successful build
could-not-write = could not write { $path }: { $error }
change-and-others = { $others ->
        [one] { $first } and { $others } other file
       *[other] { $first } and { $others } other files
    }
browser-failed = could not open { $url } in a browser: { $error }; open it yourself
browser-no-thread = could not open a browser; open the address yourself
browser-no-opener = found no xdg-open (nor gio, kde-open); set $BROWSER to your browser's command
browser-did-not-start = $BROWSER ({ $command }) did not start: { $error }
browser-exit = $BROWSER ({ $command }) failed ({ $status })
root-cannot-open = cannot open the site folder { $path }: { $error }
root-no-config = no { $file } in { $path }; run jawnik in the site's folder or pass --root DIR (`jawnik new site DIR` creates a new site)
server-no-start = the preview server could not start: { $error }
no-site-title = the site could not be built
no-site-heading = The site could not be built
no-site-text = Fix the problems below and save the file; this page reloads by itself.
no-site-building = the site is being built
