package org.parley.server.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.parley.server.cases.CaseState;
import org.parley.server.web.view.Models;
import org.parley.server.web.view.Views;

/**
 * The dashboard's {@link Models.CaseView} of each case, computed once per version: a page request, and each of the
 * parts a browser fetches again after every change, would otherwise parse the analysis documents and build every
 * table anew. The entry of a case holds the state it was computed from and answers only for that very state object:
 * states are immutable and every stored change makes a new one, so a change (through this server or read from the
 * log) invalidates the entry by itself. The view holds only what is the same for every viewer of the dashboard; the
 * rendered parts (matrix, charts, packages, text, ledger) are kept per session, since their forms carry the session's
 * CSRF token. What depends on the viewer (the header, the mediator's own notes, the export permission) and what changes
 * without a new version (the invitations' validity) is rendered per request.
 */
final class DashboardCache {

    private final ConcurrentHashMap<String, Entry> byCase = new ConcurrentHashMap<>();

    /** The view of {@code s}, computed at most once while {@code s} is the newest state asked for. */
    Models.CaseView of(CaseState s) {
        Entry e = entry(s);
        // an older state than the cached one (a request that read the case before a change): computed, not kept
        return e.state == s ? e.view() : Views.caseView(s);
    }

    /**
     * Part {@code name} of the dashboard of {@code s} as HTML for the session whose CSRF token is {@code csrf} (the
     * forms in the parts carry it): rendered by {@code render} at most once per version of the case and session, so
     * nothing of one session's page reaches another's. The array is shared: callers only send it.
     */
    byte[] part(CaseState s, String csrf, String name, Supplier<byte[]> render) {
        Entry e = entry(s);
        if (e.state != s) {
            return render.get();
        }
        String key = csrf + "/" + name;
        byte[] html = e.parts.get(key);
        if (html == null) {
            html = render.get();
            if (e.parts.size() >= MAX_PARTS) {
                e.parts.clear();
            }
            e.parts.put(key, html);
        }
        return html;
    }

    /** The entry of {@code s}'s case: a new one for a newer state, the newer one for an older state. */
    private Entry entry(CaseState s) {
        return byCase.compute(s.id(), (k, old) -> old == null || old.state != s
                && old.state.version() <= s.version() ? new Entry(s) : old);
    }

    /** At most this many rendered parts per case (five per session): a bound for many sessions at once. */
    static final int MAX_PARTS = 100;

    private static final class Entry {
        private final CaseState state;
        private volatile Models.CaseView view;
        private final ConcurrentHashMap<String, byte[]> parts = new ConcurrentHashMap<>();

        Entry(CaseState state) {
            this.state = state;
        }

        Models.CaseView view() {
            Models.CaseView v = view;
            if (v == null) {
                synchronized (this) {
                    v = view;
                    if (v == null) {
                        v = Views.caseView(state);
                        view = v;
                    }
                }
            }
            return v;
        }
    }
}
