# Varnish in front of gunicorn (Varnish 7, Debian's package). Started by `make serve` and by the
# tests (tests/security/conftest.py), which put their own backend port in place of 8001.
#
# What is cached: what the application marks `Cache-Control: public, s-maxage=…` (public pages,
# lists, feeds, search, public media). Everything marked private/no-store, every answer that sets
# a cookie, the admin, documents and every request of a visitor with a session go to the
# application. Purges come from Wagtail's frontend cache module (security/cache.py).
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8001";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 60s;
}

# Who may purge: the application on this machine.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from here"));
        }
        # A purge of a path bans that path with any query string (filtered lists, searches);
        # with `X-Purge-Subtree: 1` everything below it too (moved or restricted subtrees, media);
        # with `X-Purge-Paths: ^(?:/a/|/b/)$` every path the pattern matches, in one ban (a
        # publish's page, lists and feeds: security.cache.VarnishBanBackend).
        # Bans test only obj.* so that the ban lurker can clear them in the background.
        if (req.http.X-Purge-Paths) {
            ban("obj.http.x-url-path ~ " + req.http.X-Purge-Paths);
        } elsif (req.http.X-Purge-Subtree) {
            ban("obj.http.x-url-path ~ ^" + regsub(req.url, "\?.*$", ""));
        } else {
            ban("obj.http.x-url-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|dokumente|django-admin)(/|$)") {
        return (pass);
    }
    # Logged-in editors, and visitors who passed a password or sent a form, have a session.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anyone else reads what everyone reads: no cookie reaches the application (a CSRF cookie
    # matters only on form pages, which are private and so never cached anyway).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Remembered with the object, for bans by path.
    set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");
    # A changed page is purged at once; after its s-maxage an entry may be served for one more
    # minute while a fresh copy is fetched.
    set beresp.grace = 60s;
    # No return: Varnish's built-in rules follow and refuse to cache answers with Set-Cookie or
    # Cache-Control private/no-store/no-cache (they pass for two minutes).
}

sub vcl_deliver {
    unset resp.http.x-url-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
