/** The `cors` package (Express, Connect and anything taking its middleware). */
import { CALL, type CorsLibrary } from '../library.js';
import { CORS_LIKE, type LibrarySemantics } from '../types.js';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

export const corsSemantics: LibrarySemantics = { ...CORS_LIKE, library: 'cors', label: 'cors' };

export const corsPackage: CorsLibrary = {
  id: 'cors',
  modules: ['cors'],
  exports: {
    default: {
      [CALL]: (collector, node) => {
        if (node.type === AST_NODE_TYPES.CallExpression) collector.argumentOrDelegate(corsSemantics, node, 0);
      },
    },
  },
  semantics: corsSemantics,
  example: `import cors from 'MODULE';\napp.use(cors({ origin: true, credentials: true }));`,
};
