/* Suggestions for the search field: an ARIA 1.2 combobox with a listbox popup.
   Without JavaScript the field is a plain search input and the form works as is. */
(function () {
    "use strict";
    var DELAY = 200;
    var MIN_LENGTH = 2;

    function setup(wrapper) {
        var input = wrapper.querySelector("input[type=search]");
        var listbox = wrapper.querySelector("[role=listbox]");
        var status = document.getElementById(input.id + "-status");
        var url = wrapper.getAttribute("data-suggest-url");
        var statusText = wrapper.getAttribute("data-status") || "{count}";
        var timer = null;
        var request = 0;
        var active = -1;
        var options = [];

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);

        function close() {
            listbox.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({block: "nearest"});
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(items) {
            listbox.textContent = "";
            options = items.map(function (item, i) {
                var option = document.createElement("li");
                option.id = listbox.id + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "search-combobox__option";
                option.dataset.url = item.url;
                var title = document.createElement("span");
                title.textContent = item.title;
                var kind = document.createElement("span");
                kind.className = "search-combobox__kind";
                kind.textContent = item.kind_label;
                option.appendChild(title);
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = item.url;
                });
                listbox.appendChild(option);
                return option;
            });
            if (status) {
                status.textContent = items.length ? statusText.replace("{count}", items.length) : "";
            }
            if (items.length) {
                listbox.hidden = false;
                input.setAttribute("aria-expanded", "true");
                highlight(-1);
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) {
                render([]);
                return;
            }
            var current = ++request;
            fetch(url + "?q=" + encodeURIComponent(query), {headers: {Accept: "application/json"}})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (data) { if (current === request) { render(data.suggestions || []); } })
                .catch(function () { render([]); });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            var open = !listbox.hidden && options.length;
            if (event.key === "ArrowDown" && open) {
                event.preventDefault();
                highlight((active + 1) % options.length);
            } else if (event.key === "ArrowUp" && open) {
                event.preventDefault();
                highlight(active <= 0 ? options.length - 1 : active - 1);
            } else if (event.key === "Enter" && open && active >= 0) {
                event.preventDefault();
                window.location.href = options[active].dataset.url;
            } else if (event.key === "Escape" && open) {
                event.preventDefault();
                close();
            }
        });
        input.addEventListener("blur", function () { window.setTimeout(close, 100); });
    }

    document.querySelectorAll(".search-combobox[data-suggest-url]").forEach(setup);
})();

// On narrow screens the filters start folded, so the results come first;
// without JavaScript they stay open.
(function () {
    var filters = document.querySelector("[data-collapse-when-narrow]");
    if (filters && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
        filters.removeAttribute("open");
    }
})();
