// Custom-elements manifest (custom-elements.json) from the components' JSDoc, for editors, docs
// and framework tooling. Run by `npm run docs` (scripts/docs.mjs); never written by hand.
//
// Two Siar-specific steps the stock Lit analysis lacks:
// - elements are registered with `define('siar-x', SiarX)` (src/internal/define.ts), not
//   `customElements.define`, so the tag names are linked here;
// - `SiarElement.emit(name, …)` dispatches events whose names are variables; the analyzer would
//   report an event literally called "name" on every widget, so only `siar-*` names are kept
//   (each widget documents its real events with `@event`);
// - internal reactive state (`{ state: true }`, always a private field) has no attribute, but
//   the analyzer lists every entry of `static properties` as one.
import { dirname, join } from 'node:path/posix';

/** Links `define('siar-x', SiarX)` calls to their classes, as `customElements.define` would be. */
function siarDefinePlugin() {
  return {
    name: 'siar-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const sourceFile = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of sourceFile.statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const names = statement.importClause?.namedBindings;
        if (names && ts.isNamedImports(names) && names.elements.some((e) => e.name.text === klass.text)) {
          module = join(dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

/** Drops events the analyzer guessed from `emit(name, …)` (variable names, not event names). */
function siarEventNamesPlugin() {
  return {
    name: 'siar-event-names',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => /^siar-[a-z-]+$/.test(event.name ?? ''));
      }
    },
  };
}

/**
 * Removes the attributes the analyzer gave to internal reactive state: private or protected
 * fields, and every entry of `static properties` declared `{ state: true }` (whatever the field's
 * privacy: a widget's lazily loaded view reads some of them, so they are public and `@internal`);
 * the latter are dropped from the members too.
 */
function siarPrivateStatePlugin() {
  /** class name → names declared `{ state: true }` in its `static properties`. */
  const stateNames = new Map();
  return {
    name: 'siar-private-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name?.getText() !== 'properties') continue;
        const init = member.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        const names = new Set();
        for (const prop of init.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(prop.name.getText().replace(/^['"]|['"]$/g, ''));
        }
        stateNames.set(node.name.text, names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const state = stateNames.get(declaration.name) ?? new Set();
          const hidden = new Set(state);
          for (const member of declaration.members ?? []) {
            if (member.kind === 'field' && (member.privacy === 'private' || member.privacy === 'protected' || state.has(member.name)) && member.attribute) {
              hidden.add(member.name);
              delete member.attribute;
              delete member.reflects;
            }
          }
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          // Internal reactive state is not API: the analyzer lists it as a field even when `@internal`.
          if (declaration.members) declaration.members = declaration.members.filter((m) => !(m.kind === 'field' && state.has(m.name)));
          // A private field's initializer is source code, not documentation (and every change to
          // it made the manifest stale): only public fields keep their `default`.
          for (const member of declaration.members ?? []) if (member.kind === 'field' && member.privacy === 'private') delete member.default;
        }
      }
    },
  };
}

/**
 * Keeps only the modules that define or register elements (and the base class they inherit from):
 * helper modules (parsers, models, icons) are not part of the elements' public API.
 */
function siarElementModulesPlugin() {
  return {
    name: 'siar-element-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          (module.declarations ?? []).some((d) => d.kind === 'class' && d.customElement) ||
          (module.exports ?? []).some((e) => e.kind === 'custom-element-definition'),
      );
      const classes = new Set();
      for (const module of customElementsManifest.modules) {
        // Keep the element classes; drop helper functions and constants that share their module.
        module.declarations = (module.declarations ?? []).filter((d) => d.kind === 'class' && d.customElement);
        for (const d of module.declarations) classes.add(d.name);
      }
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition' || classes.has(e.name));
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [siarDefinePlugin(), siarEventNamesPlugin(), siarPrivateStatePlugin(), siarElementModulesPlugin()],
};
