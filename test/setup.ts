import { installNodeDataLoader } from '../server/src/host/nodeData';

installNodeDataLoader();
