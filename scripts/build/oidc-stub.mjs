// Stands in for @actions/core's OIDC client in dist/ (see scripts/build.mjs): no entry asks for
// an OIDC token, and the real client would load undici on every run.
// biome-ignore lint/complexity/noStaticOnlyClass: the same shape as the class it stands in for.
export class OidcClient {
  static async getIDToken() {
    throw new Error('decision-register is built without OIDC token support');
  }
}
