/*
 * A live character count under text fields with a limit, as Wagtail's rich text editor shows one.
 * Registered as the Stimulus controller `campus-count` in Wagtail's own Stimulus application:
 *
 *   <input maxlength="180" data-controller="campus-count" data-action="input->campus-count#update"
 *          data-campus-count-label-value="{count} von 180 Zeichen">
 *
 * The limit itself is checked by the form on the server.
 */
(() => {
  const { Controller } = window.StimulusModule;

  class CharacterCountController extends Controller {
    static values = { label: String };

    connect() {
      this.output = document.createElement('p');
      this.output.className = 'help campus-count';
      this.output.id = `${this.element.id}-count`;
      this.element.insertAdjacentElement('afterend', this.output);
      const described = (this.element.getAttribute('aria-describedby') || '').split(' ');
      this.element.setAttribute('aria-describedby', [...described, this.output.id].join(' ').trim());
      this.update();
    }

    disconnect() {
      this.output?.remove();
    }

    update() {
      const limit = Number(this.element.getAttribute('maxlength'));
      const count = this.element.value.length;
      this.output.textContent = this.labelValue.replace('{count}', count);
      this.output.classList.toggle('w-text-critical-200', limit > 0 && count >= limit);
    }
  }

  window.wagtail.app.register('campus-count', CharacterCountController);
})();
