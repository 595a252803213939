/* Self-hosted API docs: Swagger UI from static/vendor over this server's /openapi.json.
 * validatorUrl null: the default would load a badge from the internet. */
window.ui = SwaggerUIBundle({
  url: "openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
});
