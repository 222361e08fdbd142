/* Card payments through Stripe.js (or localstripe's stand-in for it, which offers the same
 * calls). Card details go from the browser to Stripe; the form posts only Stripe's token. */
(function () {
  "use strict";

  function fail(form, message) {
    form.querySelector("[data-card-errors]").textContent = message;
    const button = form.querySelector("[data-card-submit]");
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }

  // localstripe's stand-in for the card form is bare inputs named only by placeholder;
  // Stripe's real one is an iframe that labels its own. Name the bare ones for screen readers.
  const FIELD_NAMES = {
    number: "Card number",
    exp_month: "Expiry month",
    exp_year: "Expiry year (two digits)",
    cvc: "Security code",
    postal_code: "Postcode",
  };

  function labelBareInputs(container) {
    container.querySelectorAll("input:not([aria-label])").forEach(function (input) {
      const name = FIELD_NAMES[input.getAttribute("placeholder")];
      if (name) input.setAttribute("aria-label", name);
    });
  }

  function mountCardForm(form) {
    const stripe = window.Stripe(form.dataset.stripeKey);
    const card = stripe.elements().create("card");
    const container = form.querySelector("[data-card-element]");
    card.mount(container);
    labelBareInputs(container);
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      const button = form.querySelector("[data-card-submit]");
      // One token, one post: a second click while Stripe answers does nothing.
      if (button.disabled) return;
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      form.querySelector("[data-card-errors]").textContent = "";
      let result;
      try {
        result = await stripe.createToken(card);
      } catch (error) {
        fail(form, "Stripe could not be reached. Check your connection and try again.");
        return;
      }
      if (result.error) {
        fail(form, result.error.message || "Stripe did not accept those card details.");
        return;
      }
      form.querySelector("input[name=card_token]").value = result.token.id;
      form.submit();
    });
  }

  async function completeNextAction(element) {
    const stripe = window.Stripe(element.dataset.stripeKey);
    const secret = element.dataset.clientSecret;
    if (!secret) return;
    // Stripe.js runs the bank's check with handleNextAction; localstripe's stand-in has only
    // confirmCardPayment, which there runs the same check for an intent awaiting it.
    if (typeof stripe.handleNextAction === "function") {
      await stripe.handleNextAction({ clientSecret: secret });
    } else {
      await stripe.confirmCardPayment(secret);
    }
    // The server asks Stripe how it went; the page never takes the browser's word for it.
    window.location.assign(element.dataset.returnUrl);
  }

  function start() {
    if (typeof window.Stripe !== "function") {
      document.querySelectorAll("[data-card-form]").forEach(function (form) {
        fail(form, "The card form could not load. Reload the page to try again.");
        form.querySelector("[data-card-submit]").disabled = true;
      });
      return;
    }
    document.querySelectorAll("[data-card-form]").forEach(mountCardForm);
    document.querySelectorAll("[data-next-action]").forEach(completeNextAction);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
