# The output folder: what jawnik may replace, and what went wrong writing it.

output-unmarked =
    the output folder has no { $mark } file and holds { $count ->
            [one] { $count } file
           *[other] { $count } files
        } this build would not write: { $files }
output-unmarked-hint = if an older jawnik built it (one that did not mark its folders) and nothing in it is yours, add --force once; files that should be published with the site belong in the site's static/ folder
output-cannot-look = cannot look at { $path }: { $error }
output-is-file = the output is a file, not a folder: building would replace it
output-is-file-hint = give --output a folder: a new one, or one jawnik wrote before. jawnik never replaces a file, even with --force
output-cannot-look-inside = cannot look inside { $path }: { $error }
output-foreign =
    the output folder holds { $count ->
            [one] { $count } file
           *[other] { $count } files
        } that jawnik did not write, which the build would delete: { $files }
output-foreign-hint = move them out of the folder: files that should be published with the site belong in the site's static/ folder, which every build copies to static/ in the output. To delete them and build anyway, add --force
output-foreign-overwrite =
    the output folder holds { $count ->
            [one] { $count } file
           *[other] { $count } files
        } that jawnik did not write, which this rebuild would overwrite: { $files }
output-foreign-overwrite-hint = move them out of the folder (files that should be published with the site belong in the site's static/ folder) and save a file again; to overwrite them anyway, start again with --force
output-not-ours =
    the output folder is not empty and was not written by jawnik: building would delete { $count ->
            [one] the file
           *[other] the { $count } files
        } it holds ({ $files })
output-not-ours-hint = choose a new or empty folder for --output: jawnik replaces only a folder it wrote itself (one holding a { $mark } file) or an empty one. Files that should be published with the site belong in the site's static/ folder. To delete everything in { $path } and build there anyway, add --force
output-read-only = the output folder is read-only, so the site cannot be written there
output-read-only-hint = make it writable (remount it read-write, say) or build into another folder with --output
output-leftover =
    could not remove { $what ->
            [working] this working folder
            [aside] the previous site, moved aside here
           *[earlier] this folder, left by an earlier build
        }: { $error }
output-leftover-hint = delete it once no program has a file in it open; it is not part of the site, and builds work around it
output-outside = refusing to write outside the output: { $path }
output-broken-link = the output is a link to { $target }, which does not exist
output-broken-link-hint = create the folder it points to, or give --output a folder
output-cannot-write-into = could not write the new site into { $path }: { $error }
output-put-back = the previous site was put back as it was
output-not-put-back = { $count } of the previous site could not be put back and are in { $path }
output-in-use = this file is in use by another program, so the site could not be replaced; { $kept }
output-in-use-hint = close the program that has it open (a CSV file open in Excel, say, or a command prompt in that folder) and build again
output-not-replaced = this file could not be replaced ({ $error }), so the site was not; { $kept }
output-not-replaced-hint = check that the files in the output folder may be changed (permissions, a file marked immutable), then build again
output-cannot-create = could not create { $path }: { $error }
output-swap-lost = the new site could not be moved into place, and the previous one, moved aside to { $aside }, could not be put back ({ $error }): rename that folder to { $path }
output-cannot-write-in = could not write into { $path }: { $error }
output-in-site-hint = use public/ (the default) or a folder outside the site; --force does not change this
output-is-root = the output folder is the root of the file system
output-is-home = the output folder is your home folder
output-holds-site = the output folder holds the site folder itself, which writing would replace
output-is-source = the output folder is the site's { $dir }/ folder, which writing would replace
output-in-source = the output folder is inside { $dir }/, where it would be read as part of the site
rendering-failed = rendering failed: { $error }
output-cannot-check = cannot check the output folder: { $error }
strict-denied = (a warning, denied by --strict)
